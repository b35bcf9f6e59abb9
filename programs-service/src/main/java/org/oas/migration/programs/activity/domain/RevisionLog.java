package org.oas.migration.programs.activity.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.oas.migration.programs.activity.persistence.ActivityEntity;
import org.oas.migration.programs.activity.persistence.ActivityRevisionEntity;

/**
 * Keeps every change of an activity: who (client and organization), when, and what changed field by field.
 * Contacts appear by name only: revisions are public, e-mail addresses and phones are not.
 */
@ApplicationScoped
public class RevisionLog {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** @param version the version the change gives the activity (the row may not be flushed yet) */
    public void record(ActivityEntity activity, long version, WriteActor actor, String action, Activity before, Activity after) {
        ActivityRevisionEntity revision = new ActivityRevisionEntity();
        revision.activityId = activity.id;
        revision.version = version;
        revision.action = action;
        revision.changedAt = activity.updatedAt;
        revision.clientId = actor.clientId();
        revision.organization = actor.organizationCode();
        try {
            revision.changes = json.writeValueAsString(changes(before, after));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        em.persist(revision);
    }

    private ArrayNode changes(Activity before, Activity after) {
        ObjectNode from = before == null ? json.createObjectNode() : redacted(before);
        ObjectNode to = after == null ? json.createObjectNode() : redacted(after);
        Set<String> fields = new LinkedHashSet<>();
        from.fieldNames().forEachRemaining(fields::add);
        to.fieldNames().forEachRemaining(fields::add);
        ArrayNode changes = json.createArrayNode();
        for (String field : fields) {
            JsonNode a = from.get(field);
            JsonNode b = to.get(field);
            if (!Objects.equals(a, b)) {
                ObjectNode change = changes.addObject().put("field", field);
                change.set("from", a);
                change.set("to", b);
            }
        }
        return changes;
    }

    private ObjectNode redacted(Activity input) {
        ObjectNode node = json.valueToTree(input);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            if (node.get(it.next()).isNull()) {
                it.remove();
            }
        }
        if (node.has("contacts")) {
            ArrayNode names = json.createArrayNode();
            node.get("contacts").forEach(c -> names.add(c.path("name").asText()));
            node.set("contacts", names);
        }
        return node;
    }
}
