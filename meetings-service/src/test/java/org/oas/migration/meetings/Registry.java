package org.oas.migration.meetings;

import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.UUID;
import org.oas.migration.meetings.directory.persistence.DirectoryOrganization;
import org.oas.migration.meetings.directory.persistence.DirectoryPerson;
import org.oas.migration.platform.testing.EventWriter;

/** Plays organizations-service: publishes registry events on organizations.v1 and waits until they are applied here. */
public final class Registry {

    private Registry() {
    }

    public static UUID organization(String code, String nameEn, String nameEs, long version) {
        return organization(UUID.randomUUID(), code, nameEn, nameEs, version);
    }

    public static UUID organization(UUID id, String code, String nameEn, String nameEs, long version) {
        String json = "{\"id\":\"" + id + "\",\"code\":\"" + code + "\",\"type\":\"other\",\"names\":{\"en\":\"" + nameEn
                + "\",\"es\":\"" + nameEs + "\"},\"version\":" + version + "}";
        try (EventWriter writer = new EventWriter()) {
            writer.publish("organizations.v1", "org.oas.migration.organization." + (version == 0 ? "created" : "updated"), id.toString(), json);
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> DirectoryOrganization.<DirectoryOrganization>findByIdOptional(id).map(o -> o.version >= version).orElse(false)));
        return id;
    }

    public static UUID person(String slug, String name) {
        UUID id = UUID.randomUUID();
        String json = "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"identifiers\":[{\"scheme\":\"oas-seed\",\"value\":\"" + slug
                + "\"}],\"memberships\":[],\"version\":0}";
        try (EventWriter writer = new EventWriter()) {
            writer.publish("organizations.v1", "org.oas.migration.person.created", id.toString(), json);
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> DirectoryPerson.findById(id) != null));
        return id;
    }
}
