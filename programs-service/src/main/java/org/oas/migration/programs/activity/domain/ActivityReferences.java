package org.oas.migration.programs.activity.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.oas.migration.platform.problem.FieldViolation;
import org.oas.migration.programs.directory.domain.Directory;
import org.oas.migration.programs.directory.domain.DocumentRef;
import org.oas.migration.programs.directory.domain.OrganizationRef;
import org.oas.migration.programs.directory.domain.ResolutionRef;
import org.oas.migration.programs.program.persistence.ProgramEntity;

/**
 * Resolves an activity's references against the local projections (organizations, documents, resolutions) and
 * the programmes, collecting a violation per unknown one, and checks its dates.
 */
@ApplicationScoped
public class ActivityReferences {

    @Inject
    Directory directory;

    /** What the references resolve to; null parts when they did not (then {@code violations} says why). */
    public record Resolved(OrganizationRef reporting, List<ActivityView.Participation> participants, List<ActivityView.Document> documents,
                           List<ActivityView.Mandate> mandates, PartialDate plannedStart, PartialDate plannedEnd, PartialDate actualStart,
                           PartialDate actualEnd, List<FieldViolation> violations) {
    }

    public Resolved resolve(Activity in) {
        List<FieldViolation> violations = new ArrayList<>();
        OrganizationRef reporting = organization(in.reportingOrganization(), "reportingOrganization", violations);
        List<ActivityView.Participation> participants = new ArrayList<>();
        for (int i = 0; i < Activity.orEmpty(in.participatingOrganizations()).size(); i++) {
            Activity.Participation p = in.participatingOrganizations().get(i);
            participants.add(new ActivityView.Participation(
                    organization(p.organization(), "participatingOrganizations[" + i + "].organization", violations), p.role()));
        }
        List<ActivityView.Document> documents = new ArrayList<>();
        for (int i = 0; i < Activity.orEmpty(in.documents()).size(); i++) {
            documents.add(document(in.documents().get(i), "documents[" + i + "]", violations));
        }
        List<ActivityView.Mandate> mandates = new ArrayList<>();
        for (int i = 0; i < Activity.orEmpty(in.mandates()).size(); i++) {
            mandates.add(mandate(in.mandates().get(i), "mandates[" + i + "]", violations));
        }
        if (in.program() != null && ProgramEntity.liveByCode(in.program().trim()).isEmpty()) {
            violations.add(new FieldViolation("program", "no programme '" + in.program() + "' exists"));
        }
        PartialDate plannedStart = date(in.plannedStart(), "plannedStart", violations);
        PartialDate plannedEnd = date(in.plannedEnd(), "plannedEnd", violations);
        PartialDate actualStart = date(in.actualStart(), "actualStart", violations);
        PartialDate actualEnd = date(in.actualEnd(), "actualEnd", violations);
        endNotBeforeStart(plannedStart, plannedEnd, "plannedEnd", violations);
        endNotBeforeStart(actualStart, actualEnd, "actualEnd", violations);
        return new Resolved(reporting, participants, documents, mandates, plannedStart, plannedEnd, actualStart, actualEnd, violations);
    }

    public OrganizationRef organization(String code, String field, List<FieldViolation> violations) {
        Optional<OrganizationRef> found = directory.organization(code.trim());
        if (found.isEmpty()) {
            violations.add(new FieldViolation(field, directory.mergedInto(code.trim())
                    .map(target -> "organization '" + code + "' was merged into '" + target + "'; name '" + target + "' instead")
                    .orElse("no organization '" + code + "' is known here (the registry's organizations.v1 feed)")));
        }
        return found.orElse(null);
    }

    private ActivityView.Document document(Activity.DocumentLink link, String field, List<FieldViolation> violations) {
        if ((link.symbol() == null) == (link.url() == null)) {
            violations.add(new FieldViolation(field, "give either a document symbol or a url"));
            return null;
        }
        if (link.url() != null) {
            return new ActivityView.Document(null, null, link.url(), link.title());
        }
        Optional<DocumentRef> found = directory.document(link.symbol());
        if (found.isEmpty()) {
            violations.add(new FieldViolation(field + ".symbol", "no document '" + link.symbol() + "' is known here (meetings-service's meetings.v1 feed)"));
            return null;
        }
        return new ActivityView.Document(found.get().symbol(), found.get().id(), null, link.title() != null ? link.title() : found.get().title());
    }

    public ActivityView.Mandate mandate(Activity.MandateRef ref, String field, List<FieldViolation> violations) {
        Optional<ResolutionRef> resolution = directory.resolution(ref.resolution());
        if (resolution.isEmpty()) {
            violations.add(new FieldViolation(field + ".resolution", "no resolution '" + ref.resolution() + "' is known here (meetings.v1)"));
            return null;
        }
        if (ref.paragraph() == null) {
            return new ActivityView.Mandate(resolution.get().symbol(), resolution.get().id(), null, null);
        }
        Optional<java.util.UUID> paragraph = resolution.get().paragraph(ref.paragraph());
        if (paragraph.isEmpty()) {
            violations.add(new FieldViolation(field + ".paragraph", "resolution " + resolution.get().symbol() + " has no operative paragraph '"
                    + ref.paragraph() + "'; it has " + String.join(", ", resolution.get().paragraphs().keySet())));
            return null;
        }
        return new ActivityView.Mandate(resolution.get().symbol(), resolution.get().id(), ref.paragraph().trim(), paragraph.get());
    }

    public static PartialDate date(String value, String field, List<FieldViolation> violations) {
        if (value == null) {
            return null;
        }
        Optional<PartialDate> date = PartialDate.parse(value);
        if (date.isEmpty() && value.matches(PartialDate.PATTERN)) {
            violations.add(new FieldViolation(field, "is not a calendar date"));
        }
        return date.orElse(null);
    }

    public static void endNotBeforeStart(PartialDate start, PartialDate end, String field, List<FieldViolation> violations) {
        if (start != null && end != null && end.last().isBefore(start.first())) {
            violations.add(new FieldViolation(field, "must not be before " + field.replace("End", "Start") + " (" + start.value() + ")"));
        }
    }
}
