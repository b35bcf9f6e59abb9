package org.oas.migration.programs.activity.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.oas.migration.platform.http.EntityTags;
import org.oas.migration.platform.ids.UuidV7;
import org.oas.migration.platform.model.VersionedEntity;
import org.oas.migration.platform.outbox.Outbox;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.problem.JsonProblems;
import org.oas.migration.platform.problem.ProblemType;
import org.oas.migration.platform.problem.ViolationPaths;
import org.oas.migration.platform.text.LookupKey;
import org.oas.migration.programs.activity.domain.ActivityWriteResult.Outcome;
import org.oas.migration.programs.activity.persistence.ActivityEntity;
import org.oas.migration.programs.activity.persistence.PrefetchedActivities;
import org.oas.migration.programs.activity.rest.ActivityInput;
import org.oas.migration.programs.activity.rest.ActivityView;
import org.oas.migration.programs.directory.domain.OrganizationRef;

/**
 * Every write of an activity: checks the input, the writer's right to it and its references before anything is
 * written; then stores the change, its revision and its event (outbox) in the caller's transaction. The same body
 * twice changes nothing.
 */
@ApplicationScoped
public class ActivityService implements ActivityWriter {

    static final String RESOURCE = "activity";

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Inject
    ActivityReferences references;

    @Inject
    RevisionLog revisions;

    @Inject
    Outbox outbox;

    @Inject
    PrefetchedActivities prefetched;

    /** The outcome of a write, with the view after it (null for a dry run that would create). */
    public record Written(Outcome outcome, ActivityView view, ActivityEntity entity) {
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public ActivityWriteResult upsertByExternalId(WriteActor actor, ObjectNode body, boolean dryRun) {
        try {
            ActivityInput input = json.treeToValue(body, ActivityInput.class);
            Written written = write(actor, input, null, false, dryRun);
            // The view names the version the change gives the row (written at commit); a dry run has no view.
            Long version = written.view() != null ? Long.valueOf(written.view().version())
                    : written.entity() == null ? null : written.entity().version;
            return new ActivityWriteResult(written.outcome(), written.entity() == null ? null : written.entity().id, version, null);
        } catch (JsonProcessingException e) {
            return ActivityWriteResult.rejected(JsonProblems.from(e).problem());
        } catch (ApiException e) {
            return ActivityWriteResult.rejected(e.problem());
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void prefetch(Collection<String> externalIds) {
        prefetched.load(externalIds);
    }

    /** PUT by external id: creates or replaces; {@code ifMatch} must name the current version when given. */
    @Transactional
    public Written put(WriteActor actor, ActivityInput input, String ifMatch) {
        return write(actor, input, ifMatch, false, false);
    }

    /** POST: creates; a 409 when the reporting organization already has an activity with this external id. */
    @Transactional
    public Written create(WriteActor actor, ActivityInput input) {
        return write(actor, input, null, true, false);
    }

    /** PATCH and PUT by id: the natural key cannot change. */
    @Transactional
    public Written replace(WriteActor actor, ActivityEntity current, ActivityInput input, String ifMatch) {
        EntityTags.requireMatch(ifMatch, current.version);
        requireRight(actor, input.reportingOrganization().trim());
        if (!current.reportingOrgCode.equals(input.reportingOrganization().trim()) || !current.externalId.equals(input.externalId())) {
            throw ApiException.invalid(current.reportingOrgCode.equals(input.reportingOrganization().trim()) ? "externalId" : "reportingOrganization",
                    "cannot change: with externalId it identifies the activity");
        }
        return write(actor, input, ifMatch, false, false);
    }

    @Transactional
    public void delete(WriteActor actor, ActivityEntity activity, String ifMatch) {
        requireRight(actor, activity.reportingOrgCode);
        EntityTags.requireMatch(ifMatch, activity.version);
        ActivityInput before = input(activity);
        activity.deletedAt = VersionedEntity.now();
        activity.stampUpdated();
        activity.flush();
        revisions.record(activity, activity.version, actor, "deleted", before, null);
        outbox.record(RESOURCE, "deleted", activity.id,
                new Deletion(activity.id, activity.externalId, view(activity).reportingOrganization(), activity.version));
    }

    public ActivityEntity requireLive(String id) {
        UUID uuid = UuidV7.parseOrNull(id);
        return Optional.ofNullable(uuid == null ? null : ActivityEntity.<ActivityEntity>findById(uuid))
                .filter(a -> !a.isDeleted()).orElseThrow(() -> ApiException.notFound("Activity '" + id + "'"));
    }

    /** The stored write body (what PATCH starts from). */
    public ActivityInput input(ActivityEntity activity) {
        try {
            return json.readValue(activity.body, ActivityInput.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt activity body " + activity.id, e);
        }
    }

    private Written write(WriteActor actor, ActivityInput raw, String ifMatch, boolean createOnly, boolean dryRun) {
        Set<ConstraintViolation<ActivityInput>> invalid = validator.validate(raw);
        if (!invalid.isEmpty()) {
            throw ApiException.invalid(ViolationPaths.violations(invalid));
        }
        ActivityInput input = trimmed(raw);
        requireRight(actor, input.reportingOrganization());
        ActivityReferences.Resolved refs = references.resolve(input);
        if (!refs.violations().isEmpty()) {
            throw ApiException.invalid(refs.violations());
        }
        input = canonical(input, refs);
        ActivityEntity activity = prefetched.covers(input.externalId())
                ? prefetched.get(input.reportingOrganization(), input.externalId())
                : ActivityEntity.liveByExternalId(input.reportingOrganization(), input.externalId()).orElse(null);
        if (activity != null && createOnly) {
            throw ApiException.conflict("Organization '" + input.reportingOrganization() + "' already has an activity with externalId '"
                    + input.externalId() + "': PUT /v1/activities/by-external-id/" + input.externalId() + " changes it");
        }
        if (ifMatch != null && activity == null) {
            throw new ApiException(ProblemType.PRECONDITION_FAILED, "If-Match names a version, but there is no such activity yet");
        }
        if (activity != null) {
            EntityTags.requireMatch(ifMatch, activity.version);
            ActivityInput before = input(activity);
            if (before.equals(input)) {
                return new Written(Outcome.UNCHANGED, view(activity), activity);
            }
            if (dryRun) {
                return new Written(Outcome.UPDATED, null, activity);
            }
            apply(activity, input, refs);
            activity.stampUpdated();
            return store(activity, actor, input, refs, before, Outcome.UPDATED);
        }
        if (dryRun) {
            return new Written(Outcome.CREATED, null, null);
        }
        prefetched.forget(input.externalId());
        activity = new ActivityEntity();
        activity.stampCreated();
        apply(activity, input, refs);
        return store(activity, actor, input, refs, null, Outcome.CREATED);
    }

    private Written store(ActivityEntity activity, WriteActor actor, ActivityInput input, ActivityReferences.Resolved refs,
                          ActivityInput before, Outcome outcome) {
        // Nothing is flushed here: the activity, its revision and its event reach PostgreSQL at commit, each table's
        // rows as one JDBC batch (a bulk import commits hundreds of lines at once). So the view names the version the
        // flush will give the row: 0 for a new row, one more for a change.
        boolean created = outcome == Outcome.CREATED;
        long stored = activity.version;
        long version = created ? 0 : stored + 1;
        activity.version = version;
        ActivityView view = ActivityViews.publicView(activity, input, refs);
        activity.version = stored;
        activity.view = text(view);
        if (created) {
            activity.persist();
        }
        revisions.record(activity, version, actor, created ? "created" : "updated", before, input);
        outbox.record(RESOURCE, created ? "created" : "updated", activity.id, view);
        return new Written(outcome, view, activity);
    }

    private void apply(ActivityEntity a, ActivityInput in, ActivityReferences.Resolved refs) {
        a.externalId = in.externalId();
        a.reportingOrgId = refs.reporting().id();
        a.reportingOrgCode = refs.reporting().code();
        a.programCode = in.program();
        a.status = in.status().value();
        Set<String> organizations = new LinkedHashSet<>();
        organizations.add(refs.reporting().code());
        refs.participants().forEach(p -> organizations.add(p.organization().code()));
        a.organizationCodes = List.copyOf(organizations);
        a.countries = List.copyOf(in.orEmpty(in.recipientCountries()));
        a.themes = in.orEmpty(in.themes()).stream().map(Theme::value).distinct().toList();
        List<String> mandateKeys = new ArrayList<>();
        for (ActivityView.Mandate m : refs.mandates()) {
            mandateKeys.add(LookupKey.of(m.resolution()));
            if (m.paragraphId() != null) {
                mandateKeys.add(m.paragraphId().toString());
            }
        }
        a.mandateKeys = mandateKeys.stream().distinct().toList();
        a.periodStart = Stream.of(refs.plannedStart(), refs.actualStart()).filter(Objects::nonNull).map(PartialDate::first)
                .min(LocalDate::compareTo).orElse(null);
        a.periodEnd = Stream.of(refs.plannedEnd(), refs.actualEnd()).filter(Objects::nonNull).map(PartialDate::last)
                .max(LocalDate::compareTo).orElse(null);
        a.body = text(in);
        a.searchEn = SearchTexts.of(in, "en");
        a.searchEs = SearchTexts.of(in, "es");
        a.sourceUpdatedAt = in.sourceUpdatedAt();
    }

    public void requireRight(WriteActor actor, String organizationCode) {
        if (!actor.admin() && !organizationCode.equals(actor.organizationCode())) {
            throw ApiException.forbidden("A partner token may only write activities its own organization ("
                    + Objects.requireNonNullElse(actor.organizationCode(), "none") + ") reports; this one is reported by '" + organizationCode + "'");
        }
    }

    /** The public view as stored. */
    public ActivityView view(ActivityEntity activity) {
        try {
            return json.readValue(activity.view, ActivityView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt activity view " + activity.id, e);
        }
    }

    private static ActivityInput trimmed(ActivityInput in) {
        return new ActivityInput(in.externalId().trim(), in.reportingOrganization().trim(), in.program() == null ? null : in.program().trim(),
                in.title(), in.description(), in.status(), in.participatingOrganizations(), in.plannedStart(), in.plannedEnd(),
                in.actualStart(), in.actualEnd(), in.recipientCountries(), in.geographicCoverage(), in.beneficiaries(), in.themes(),
                in.documents(), in.contacts(), in.mandates(), in.identifiers(), in.sourceUpdatedAt());
    }

    /** References as the other contexts spell them (canonical symbols), so a re-spelt body is still "unchanged". */
    private static ActivityInput canonical(ActivityInput in, ActivityReferences.Resolved refs) {
        List<ActivityInput.DocumentLink> documents = in.documents() == null ? null : new ArrayList<>();
        for (int i = 0; documents != null && i < in.documents().size(); i++) {
            ActivityInput.DocumentLink d = in.documents().get(i);
            documents.add(d.symbol() == null ? d : new ActivityInput.DocumentLink(refs.documents().get(i).symbol(), null, d.title()));
        }
        List<ActivityInput.MandateRef> mandates = in.mandates() == null ? null : new ArrayList<>();
        for (int i = 0; mandates != null && i < in.mandates().size(); i++) {
            mandates.add(new ActivityInput.MandateRef(refs.mandates().get(i).resolution(), refs.mandates().get(i).paragraph()));
        }
        return new ActivityInput(in.externalId(), in.reportingOrganization(), in.program(), in.title(), in.description(), in.status(),
                in.participatingOrganizations(), in.plannedStart(), in.plannedEnd(), in.actualStart(), in.actualEnd(),
                in.recipientCountries(), in.geographicCoverage(), in.beneficiaries(), in.themes(), documents, in.contacts(), mandates,
                in.identifiers(), in.sourceUpdatedAt());
    }

    private String text(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public JsonNode tree(Object value) {
        return json.valueToTree(value);
    }

    /** What a deletion event carries: the ids and the version, the reporting organization as the views show it. */
    public record Deletion(UUID id, String externalId, OrganizationRef reportingOrganization, long version) {
    }
}
