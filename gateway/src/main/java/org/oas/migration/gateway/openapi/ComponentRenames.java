package org.oas.migration.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Makes component names unique across documents before they are merged: a name two services define differently is
 * renamed in the later one to `<Context><Name>` (documents come in a fixed order, so the result is deterministic),
 * and every `$ref` of that document follows. Identical definitions (the shared Problem schema) stay one component.
 * Works on the parsed JSON tree (structure, not text), before the tree becomes SmallRye's model.
 */
final class ComponentRenames {

    static final List<String> KINDS = List.of("schemas", "responses", "parameters", "examples", "requestBodies",
            "headers", "links", "callbacks");

    private static final Logger LOG = Logger.getLogger(ComponentRenames.class);

    /** kind -> name -> the definition that owns the name in the merged document. */
    private final Map<String, Map<String, JsonNode>> owners = new HashMap<>();
    private final List<String> collisions = new ArrayList<>();

    /** Renames colliding components of one document in place; returns the document. */
    ObjectNode apply(String context, ObjectNode document) {
        JsonNode components = document.path("components");
        Map<String, String> refRenames = new LinkedHashMap<>();
        for (String kind : KINDS) {
            if (!(components.get(kind) instanceof ObjectNode definitions)) {
                continue;
            }
            Map<String, JsonNode> taken = owners.computeIfAbsent(kind, k -> new HashMap<>());
            Map<String, String> renames = new LinkedHashMap<>();
            definitions.fields().forEachRemaining(entry -> {
                String name = entry.getKey();
                JsonNode owner = taken.get(name);
                if (owner == null || owner.equals(entry.getValue())) {
                    taken.putIfAbsent(name, entry.getValue());
                    return;
                }
                String renamed = freeName(taken, capitalize(context) + name, entry.getValue());
                taken.putIfAbsent(renamed, entry.getValue());
                renames.put(name, renamed);
                collisions.add(kind + "/" + name + " of " + context + " -> " + renamed);
                LOG.warnf("OpenAPI %s '%s' of %s collides with another service's: renamed '%s'", kind, name, context, renamed);
            });
            if (!renames.isEmpty()) {
                ObjectNode replaced = definitions.objectNode();
                definitions.fields().forEachRemaining(e -> replaced.set(renames.getOrDefault(e.getKey(), e.getKey()), e.getValue()));
                ((ObjectNode) components).set(kind, replaced);
                renames.forEach((from, to) -> refRenames.put("#/components/" + kind + "/" + from, "#/components/" + kind + "/" + to));
            }
        }
        if (!refRenames.isEmpty()) {
            rewriteRefs(document, refRenames);
        }
        return document;
    }

    List<String> collisions() {
        return collisions;
    }

    private static String freeName(Map<String, JsonNode> taken, String base, JsonNode definition) {
        String candidate = base;
        for (int i = 2; taken.containsKey(candidate) && !taken.get(candidate).equals(definition); i++) {
            candidate = base + i;
        }
        return candidate;
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && renames.containsKey(ref.asText())) {
                object.set("$ref", TextNode.valueOf(renames.get(ref.asText())));
            }
            for (Iterator<JsonNode> it = object.elements(); it.hasNext(); ) {
                rewriteRefs(it.next(), renames);
            }
        } else if (node.isArray()) {
            node.forEach(child -> rewriteRefs(child, renames));
        }
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
