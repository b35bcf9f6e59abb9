package org.oas.migration.programs;

import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import io.quarkus.arc.Arc;
import org.oas.migration.platform.testing.EventWriter;

/**
 * Plays the other contexts for the tests: publishes organizations on organizations.v1 and resolutions and documents
 * on meetings.v1, then waits until this service's projection holds them.
 */
public final class Upstream {

    private Upstream() {
    }

    public static UUID organization(String code, String nameEn, long version, String iatiOrgId) {
        return organization(UUID.randomUUID(), code, nameEn, version, iatiOrgId);
    }

    public static UUID organization(UUID id, String code, String nameEn, long version, String iatiOrgId) {
        publishOrganization(id, id, code, nameEn, version, iatiOrgId);
        awaitOrganization(id, version);
        return id;
    }

    /**
     * Publishes an organization event with the Kafka key {@code key} and returns at once. Events with one key are
     * applied in order, so waiting for a later event with the same key shows this one was applied (or ignored).
     */
    public static void publishOrganization(UUID key, UUID id, String code, String nameEn, long version, String iatiOrgId) {
        String identifiers = iatiOrgId == null ? "[]" : "[{\"scheme\":\"iati-org-id\",\"value\":\"" + iatiOrgId + "\"}]";
        String json = "{\"id\":\"" + id + "\",\"code\":\"" + code + "\",\"type\":\"international-organization\",\"names\":{\"en\":\""
                + nameEn + "\"},\"acronyms\":{\"en\":\"" + code.toUpperCase(java.util.Locale.ROOT) + "\"},\"identifiers\":" + identifiers
                + ",\"version\":" + version + "}";
        publish("organizations.v1", "org.oas.migration.organization." + (version == 0 ? "created" : "updated"), key, json);
    }

    /** An organization named and abbreviated in English and Spanish, as the registry announces it. */
    public static UUID organization(String code, Map<String, String> names, Map<String, String> acronyms) {
        return organization(UUID.randomUUID(), code, names, acronyms, 0);
    }

    /** That organization at {@code version} (a later version renames it or changes its acronyms). */
    public static UUID organization(UUID id, String code, Map<String, String> names, Map<String, String> acronyms, long version) {
        String json = "{\"id\":\"" + id + "\",\"code\":\"" + code + "\",\"type\":\"international-organization\",\"names\":"
                + json(names) + ",\"acronyms\":" + json(acronyms) + ",\"identifiers\":[],\"version\":" + version + "}";
        publish("organizations.v1", "org.oas.migration.organization." + (version == 0 ? "created" : "updated"), id, json);
        awaitOrganization(id, version);
        return id;
    }

    private static String json(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Merges {@code id} into {@code target}, as organizations-service announces it (a deletion naming the target). */
    public static void mergeOrganization(UUID id, String code, long version, UUID target) {
        publish("organizations.v1", "org.oas.migration.organization.deleted", id,
                "{\"id\":\"" + id + "\",\"code\":\"" + code + "\",\"version\":" + version + ",\"mergedIntoId\":\"" + target + "\"}");
        awaitOrganization(id, version);
    }

    public static void awaitOrganization(UUID id, long version) {
        awaitVersion("directory_organization", id, version);
    }

    /** A resolution with operative paragraphs numbered as given; returns [resolution id, paragraph ids...]. */
    public static List<UUID> resolution(String symbol, String... paragraphNumbers) {
        UUID id = UUID.randomUUID();
        StringBuilder operative = new StringBuilder();
        UUID[] ids = new UUID[paragraphNumbers.length + 1];
        ids[0] = id;
        for (int i = 0; i < paragraphNumbers.length; i++) {
            ids[i + 1] = UUID.randomUUID();
            operative.append(i == 0 ? "" : ",").append("{\"id\":\"").append(ids[i + 1]).append("\",\"number\":\"").append(paragraphNumbers[i])
                    .append("\",\"text\":{\"en\":\"To request\"},\"mandates\":[]}");
        }
        String json = "{\"id\":\"" + id + "\",\"symbol\":\"" + symbol + "\",\"title\":{\"en\":\"Migrant Populations\"},\"operative\":["
                + operative + "],\"version\":0}";
        publish("meetings.v1", "org.oas.migration.resolution.created", id, json);
        awaitVersion("directory_resolution", id, 0);
        return List.of(ids);
    }

    public static UUID document(String symbol, String titleEn) {
        UUID id = UUID.randomUUID();
        publish("meetings.v1", "org.oas.migration.document.created", id,
                "{\"id\":\"" + id + "\",\"symbol\":\"" + symbol + "\",\"title\":{\"en\":\"" + titleEn + "\"},\"kind\":\"report\",\"version\":0}");
        awaitVersion("directory_document", id, 0);
        return id;
    }

    private static void publish(String topic, String type, UUID id, String json) {
        try (EventWriter writer = new EventWriter()) {
            writer.publish(topic, type, id.toString(), json);
        }
    }

    private static void awaitVersion(String table, UUID id, long version) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> QuarkusTransaction.requiringNew().call(() -> {
            EntityManager em = Arc.container().instance(EntityManager.class).get();
            List<?> rows = em.createNativeQuery("SELECT version FROM " + table + " WHERE id = ?1 AND version >= ?2")
                    .setParameter(1, id).setParameter(2, version).getResultList();
            return !rows.isEmpty();
        }));
    }
}
