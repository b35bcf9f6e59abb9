package org.oas.migration.programs.activity.persistence;

import java.util.List;
import java.util.Optional;

/**
 * The one rule for who sees an activity's contacts in full (e-mail, phone): admins, and the partner of the
 * organization that reports the activity. Everyone else (anonymous callers, other partners) sees name and role only.
 * The rule is kept as a scope, from which both the Java decision (single reads, write answers) and the SQL condition
 * (lists) are derived, so the two cannot drift apart. A view applies it with {@code ActivityView.seenBy}.
 */
public final class ContactVisibility {

    /** Anonymous callers and anyone without a partner organization. */
    public static final ContactVisibility PUBLIC = new ContactVisibility(Scope.NONE, null);

    private enum Scope { ALL, ONE_ORGANIZATION, NONE }

    private final Scope scope;
    private final String organization;

    private ContactVisibility(Scope scope, String organization) {
        this.scope = scope;
        this.organization = organization;
    }

    /**
     * @param admin               the caller is an admin (sees every activity's contacts)
     * @param partnerOrganization the organization a partner caller acts for; empty for anyone else
     */
    public static ContactVisibility of(boolean admin, Optional<String> partnerOrganization) {
        if (admin) {
            return new ContactVisibility(Scope.ALL, null);
        }
        return partnerOrganization.map(org -> new ContactVisibility(Scope.ONE_ORGANIZATION, org)).orElse(PUBLIC);
    }

    /** Whether contacts of an activity this organization reports are shown in full. */
    public boolean showsInFull(String reportingOrganization) {
        return switch (scope) {
            case ALL -> true;
            case ONE_ORGANIZATION -> organization.equals(reportingOrganization);
            case NONE -> false;
        };
    }

    /** The same decision as a SQL condition over the column holding the reporting organization's code. */
    public SqlCondition sql(String reportingColumn) {
        return switch (scope) {
            case ALL -> new SqlCondition("TRUE", List.of());
            case ONE_ORGANIZATION -> new SqlCondition(reportingColumn + " = ?", List.of(organization));
            case NONE -> new SqlCondition("FALSE", List.of());
        };
    }

    /** A SQL condition and the values its placeholders bind. */
    public record SqlCondition(String sql, List<Object> values) {
    }
}
