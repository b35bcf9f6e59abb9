package org.oas.migration.programs.activity.domain;

import java.util.List;
import org.oas.migration.programs.activity.persistence.ActivityEntity;
import org.oas.migration.programs.activity.rest.ActivityInput;
import org.oas.migration.programs.activity.rest.ActivityView;

/** Builds the public view of an activity: the write body with references expanded, contacts without e-mail or phone. */
final class ActivityViews {

    private ActivityViews() {
    }

    static ActivityView publicView(ActivityEntity e, ActivityInput in, ActivityReferences.Resolved refs) {
        List<ActivityInput.Contact> contacts = in.contacts() == null ? null
                : in.contacts().stream().map(c -> new ActivityInput.Contact(c.name(), c.role(), null, null)).toList();
        return new ActivityView(e.id, in.externalId(), refs.reporting(), in.program(), in.title(), in.description(), in.status(),
                in.participatingOrganizations() == null ? null : refs.participants(),
                in.plannedStart(), in.plannedEnd(), in.actualStart(), in.actualEnd(), in.recipientCountries(), in.geographicCoverage(),
                in.beneficiaries(), in.themes(), in.documents() == null ? null : refs.documents(), contacts,
                in.mandates() == null ? null : refs.mandates(), in.identifiers(), in.sourceUpdatedAt(),
                e.version, e.createdAt, e.updatedAt);
    }
}
