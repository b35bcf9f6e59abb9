package org.oas.migration.gateway.changes;

/**
 * Which changes a reader wants. `type` is a resource type (`activity`, matched against the second-to-last segment of
 * ce_type `org.oas.migration.activity.created`) or a whole ce_type; `subject` is a resource id.
 */
public record ChangeFilter(String type, String subject) {

    public boolean accepts(String ceType, String ceSubject) {
        if (subject != null && !subject.equals(ceSubject)) {
            return false;
        }
        if (type == null) {
            return true;
        }
        if (ceType == null) {
            return false;
        }
        if (type.contains(".")) {
            return type.equals(ceType);
        }
        String[] segments = ceType.split("\\.");
        return segments.length >= 2 && segments[segments.length - 2].equals(type);
    }
}
