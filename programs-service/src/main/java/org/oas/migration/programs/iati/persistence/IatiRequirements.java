package org.oas.migration.programs.iati.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.oas.migration.platform.problem.FieldViolation;
import org.oas.migration.platform.sql.Jsonb;

/**
 * What the IATI 2.03 schema requires of an activity that an activity may lack: its reporting organization's IATI
 * organisation identifier ({@code reporting-org/@ref}), a description, a participating organization, a date. An
 * activity lacking one is left out of an export (and its single IATI read is a 406). Each requirement is kept once,
 * as a SQL test over the stored activity row (lists) beside the same test over what a single read has at hand, so the
 * two cannot drift apart.
 */
public final class IatiRequirements {

    /** What a single read knows of an activity: its reporting organization's IATI identifier and the fields of its view. */
    public record Facts(String reportingOrgRef, boolean description, boolean participants, boolean date) {
    }

    private enum Requirement {
        REPORTING_ORG_ID("reportingOrganization", "has no " + IatiOrganizations.ORG_ID_SCHEME + " identifier in the registry "
                + "(IATI reporting-org/@ref)",
                "EXISTS (SELECT 1 FROM directory_organization o WHERE o.code = t.reporting_org_code AND NOT o.deleted "
                        + "AND o.identifiers @> cast(? AS jsonb))",
                facts -> facts.reportingOrgRef() != null),
        DESCRIPTION("description", "is required by IATI (description)",
                "t.view -> 'description' IS NOT NULL", Facts::description),
        PARTICIPANTS("participatingOrganizations", "must name at least one organization (IATI participating-org)",
                "jsonb_array_length(coalesce(t.view -> 'participatingOrganizations', '[]'::jsonb)) > 0", Facts::participants),
        DATE("plannedStart", "or another of plannedEnd, actualStart, actualEnd is required by IATI (activity-date)",
                "coalesce(t.view ->> 'plannedStart', t.view ->> 'actualStart', t.view ->> 'plannedEnd', t.view ->> 'actualEnd') IS NOT NULL",
                Facts::date);

        final String field;
        final String message;
        final String sql;
        final Predicate<Facts> met;

        Requirement(String field, String message, String sql, Predicate<Facts> met) {
            this.field = field;
            this.message = message;
            this.sql = sql;
            this.met = met;
        }
    }

    /** A SQL condition over the activity row (alias {@code t}) and the values its placeholders bind. */
    public record Condition(String sql, List<Object> values) {
    }

    private IatiRequirements() {
    }

    /** Rows of activities IATI can represent. */
    public static Condition met() {
        return new Condition(String.join(" AND ", Arrays.stream(Requirement.values()).map(r -> "(" + r.sql + ")").toList()),
                List.of(Jsonb.arrayWith("scheme", IatiOrganizations.ORG_ID_SCHEME)));
    }

    /** Rows of activities IATI cannot represent (left out of an export). */
    public static Condition unmet() {
        Condition met = met();
        return new Condition("NOT (" + met.sql() + ")", met.values());
    }

    /** What this activity lacks for IATI, one violation per requirement it does not meet; empty when it meets all. */
    public static List<FieldViolation> unmet(Facts facts) {
        return Arrays.stream(Requirement.values()).filter(r -> !r.met.test(facts)).map(r -> new FieldViolation(r.field, r.message)).toList();
    }
}
