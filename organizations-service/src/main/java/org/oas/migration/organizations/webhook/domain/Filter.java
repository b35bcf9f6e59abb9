package org.oas.migration.organizations.webhook.domain;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Which events a subscription receives: every non-empty list must match (an empty one matches everything).
 * An event type may end in {@code *} (a prefix: {@code org.oas.migration.activity.*}).
 */
@Schema(name = "WebhookFilter", description = "Which events are delivered: each non-empty list must match; empty lists match every event.")
public record Filter(
        @Size(max = 100) @Schema(description = "CloudEvent types; a trailing `*` matches a prefix", example = "[\"org.oas.migration.activity.*\"]")
        List<@NotBlank @Size(max = 200) String> eventTypes,
        @Size(max = 1000) @Schema(description = "CloudEvent subjects (resource ids)") List<@NotBlank @Size(max = 200) String> subjects,
        @Schema(description = "Organization codes: the organization itself, or one the event's data names (reporting, participating, owner)",
                example = "[\"iom\"]") @Size(max = 100) List<@NotBlank @Size(max = 64) String> organizations,
        @Schema(description = "Contexts: organizations, meetings, programs", example = "[\"programs\"]") @Size(max = 3) List<@NotBlank @Size(max = 20) String> contexts) {

    public static final Set<String> CONTEXTS = Set.of("organizations", "meetings", "programs");

    public Filter {
        eventTypes = eventTypes == null ? List.of() : List.copyOf(eventTypes);
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
        contexts = contexts == null ? List.of() : List.copyOf(contexts);
    }

    /** What a consumed event is matched on. */
    public record Event(String context, String type, String subject, JsonNode data) {
    }

    public boolean matches(Event event) {
        return (contexts.isEmpty() || contexts.contains(event.context()))
                && (eventTypes.isEmpty() || eventTypes.stream().anyMatch(t -> typeMatches(t, event.type())))
                && (subjects.isEmpty() || subjects.contains(event.subject()))
                && (organizations.isEmpty() || organizationsOf(event).stream().anyMatch(organizations::contains));
    }

    private static boolean typeMatches(String pattern, String type) {
        return pattern.endsWith("*") ? type.startsWith(pattern.substring(0, pattern.length() - 1)) : pattern.equals(type);
    }

    /**
     * The organizations an event concerns: for an organization's own events its code; otherwise every
     * {@code organizationCode} in its data and the {@code code} of every organization reference (an object under a
     * member whose name contains "organization", or {@code owner}).
     */
    static Set<String> organizationsOf(Event event) {
        Set<String> codes = new HashSet<>();
        if (event.data() == null) {
            return codes;
        }
        if (event.type().startsWith("org.oas.migration.organization.") && event.data().hasNonNull("code")) {
            codes.add(event.data().get("code").asText());
        }
        collect(event.data(), false, codes);
        return codes;
    }

    private static void collect(JsonNode node, boolean reference, Set<String> codes) {
        if (node.isArray()) {
            node.forEach(item -> collect(item, reference, codes));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (reference && node.hasNonNull("code") && node.get("code").isTextual()) {
            codes.add(node.get("code").asText());
        }
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            String name = member.getKey().toLowerCase(java.util.Locale.ROOT);
            if (name.equals("organizationcode") && member.getValue().isTextual()) {
                codes.add(member.getValue().asText());
            }
            collect(member.getValue(), name.contains("organization") || name.equals("owner"), codes);
        }
    }
}
