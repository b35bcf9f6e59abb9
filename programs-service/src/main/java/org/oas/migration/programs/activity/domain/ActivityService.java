package org.oas.migration.programs.activity.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.oas.migration.platform.http.EntityTags;
import org.oas.migration.platform.ids.UuidV7;
import org.oas.migration.platform.model.VersionedWrites;
import org.oas.migration.platform.outbox.Outbox;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.problem.FieldViolation;
import org.oas.migration.platform.problem.ProblemType;
import org.oas.migration.platform.sql.SearchReindex;
import org.oas.migration.platform.text.LookupKey;
import org.oas.migration.programs.activity.domain.ActivityWriteResult.Outcome;
import org.oas.migration.programs.activity.persistence.ActivityEntity;
import org.oas.migration.programs.activity.persistence.PrefetchedActivities;
import org.oas.migration.programs.directory.domain.Directory;
import org.oas.migration.programs.directory.domain.OrganizationRef;

/**
 * Every write of an activity, in one order: find the stored activity, check the writer's right, {@code If-Match},
 * the source's time and the references, then store the change, its revision and its event (outbox) in the caller's
 * transaction. The same activity twice changes nothing. Problems are thrown as {@link ApiException}s.
 *
 * <p>Single-activity writes lock the stored row, so two concurrent writers queue: the later one sees the version the
 * first gave it (a stale {@code If-Match} is then a 412, not a clash of revision keys at commit).
 */
@ApplicationScoped
public class ActivityService {

    static final String RESOURCE = "activity";

    @Inject
    ObjectMapper json;

    @Inject
    ActivityReferences references;

    @Inject
    RevisionLog revisions;

    @Inject
    Outbox outbox;

    @Inject
    PrefetchedActivities prefetched;

    @Inject
    VersionedWrites writes;

    @Inject
    Directory directory;

    /** What a write did, with the public view and the stored activity after it (both null for a dry run that would write). */
    public record Written(ActivityWriteResult result, ActivityView view, Activity activity) {
    }

    /** PUT by external id: creates or replaces; {@code ifMatch} must name the current version when given. */
    @Transactional
    public Written put(WriteActor actor, Activity activity, String ifMatch) {
        requireRight(actor, activity.reportingOrganization());
        ActivityEntity current = ActivityEntity.lockLiveByExternalId(activity.reportingOrganization(), activity.externalId()).orElse(null);
        if (ifMatch != null && current == null) {
            throw new ApiException(ProblemType.PRECONDITION_FAILED, "If-Match names a version, but there is no such activity yet");
        }
        return write(actor, current, activity, ifMatch, false);
    }

    /** POST: creates; a 409 when the reporting organization already has an activity with this external id. */
    @Transactional
    public Written create(WriteActor actor, Activity activity) {
        requireRight(actor, activity.reportingOrganization());
        if (ActivityEntity.liveByExternalId(activity.reportingOrganization(), activity.externalId()).isPresent()) {
            throw ApiException.conflict("Organization '" + activity.reportingOrganization() + "' already has an activity with externalId '"
                    + activity.externalId() + "': PUT /v1/activities/by-external-id/" + activity.externalId() + " changes it");
        }
        return write(actor, null, activity, null, false);
    }

    /** PATCH: the stored activity, changed as {@code change} says; the natural key cannot change. */
    @Transactional
    public Written change(WriteActor actor, String id, UnaryOperator<Activity> change, String ifMatch) {
        ActivityEntity current = requireLive(id, true);
        requireRight(actor, current.reportingOrgCode);
        Activity changed = change.apply(stored(current));
        // Moving it to another organization is first a question of right (403), then of identity (400).
        requireRight(actor, changed.reportingOrganization());
        if (!current.reportingOrgCode.equals(changed.reportingOrganization()) || !current.externalId.equals(changed.externalId())) {
            throw ApiException.invalid(current.reportingOrgCode.equals(changed.reportingOrganization()) ? "externalId" : "reportingOrganization",
                    "cannot change: with externalId it identifies the activity");
        }
        return write(actor, current, changed, ifMatch, false);
    }

    /**
     * One line of an import, in the import's transaction. A problem is thrown without marking that transaction for
     * rollback, so the batch's other lines still commit; the stored activities may have been prefetched for the batch.
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = ApiException.class)
    public Written importLine(WriteActor actor, Activity activity, boolean dryRun) {
        requireRight(actor, activity.reportingOrganization());
        ActivityEntity current = prefetched.covers(activity.externalId())
                ? prefetched.get(activity.reportingOrganization(), activity.externalId())
                : ActivityEntity.liveByExternalId(activity.reportingOrganization(), activity.externalId()).orElse(null);
        return write(actor, current, activity, null, dryRun);
    }

    /** Reads, with one query, the activities the lines of a batch name (see {@link ActivityWriter#prefetch}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void prefetch(Collection<String> externalIds) {
        prefetched.load(externalIds);
    }

    @Transactional
    public void delete(WriteActor actor, String id, String ifMatch) {
        ActivityEntity activity = requireLive(id, true);
        requireRight(actor, activity.reportingOrgCode);
        // The stored body is what was deleted: deleting changes only the row's times.
        writes.delete(RESOURCE, activity, ifMatch, a -> {
            revisions.record(a, a.version, actor, "deleted", stored(a), null);
            return new Deletion(a.id, a.externalId, view(a).reportingOrganization(), a.version);
        });
    }

    public ActivityEntity requireLive(String id) {
        return requireLive(id, false);
    }

    /** The stored activity (the body writes compare with and a merge patch starts from). */
    public Activity stored(ActivityEntity activity) {
        return read(activity.body, Activity.class, activity);
    }

    /** The public view as stored. */
    public ActivityView view(ActivityEntity activity) {
        return read(activity.view, ActivityView.class, activity);
    }

    public void requireRight(WriteActor actor, String organizationCode) {
        if (!actor.admin() && !organizationCode.equals(actor.organizationCode())) {
            throw ApiException.forbidden("A partner token may only write activities its own organization ("
                    + Objects.requireNonNullElse(actor.organizationCode(), "none") + ") reports; this one is reported by '" + organizationCode + "'");
        }
    }

    private ActivityEntity requireLive(String id, boolean lock) {
        UUID uuid = UuidV7.parseOrNull(id);
        return Optional.ofNullable(uuid == null ? null : ActivityEntity.byId(uuid, lock))
                .filter(a -> !a.isDeleted()).orElseThrow(() -> ApiException.notFound("Activity '" + id + "'"));
    }

    private Written write(WriteActor actor, ActivityEntity current, Activity activity, String ifMatch, boolean dryRun) {
        if (current != null) {
            EntityTags.requireMatch(ifMatch, current.version);
            requireNotOlderThanStored(current, activity);
        }
        ActivityReferences.Resolved refs = references.resolve(activity);
        if (!refs.violations().isEmpty()) {
            throw ApiException.invalid(refs.violations());
        }
        Activity canonical = canonical(activity, refs);
        Activity before = current == null ? null : stored(current);
        if (canonical.equals(before)) {
            return new Written(new ActivityWriteResult(Outcome.UNCHANGED, current.id, current.version, null), view(current), before);
        }
        if (dryRun) {
            return current == null ? new Written(new ActivityWriteResult(Outcome.CREATED, null, null, null), null, null)
                    : new Written(new ActivityWriteResult(Outcome.UPDATED, current.id, current.version, null), null, null);
        }
        ActivityEntity entity = current;
        if (entity == null) {
            prefetched.forget(canonical.externalId());
            entity = new ActivityEntity();
            entity.stampCreated();
        } else {
            entity.stampUpdated();
        }
        apply(entity, canonical, refs);
        return store(entity, actor, canonical, refs, before);
    }

    /** A partner's older copy must not overwrite what it sent later (a replayed or reordered push): 409, naming what is stored. */
    private static void requireNotOlderThanStored(ActivityEntity current, Activity activity) {
        if (current.sourceUpdatedAt != null && activity.sourceUpdatedAt() != null && activity.sourceUpdatedAt().isBefore(current.sourceUpdatedAt)) {
            String stored = current.sourceUpdatedAt.toInstant().toString();
            throw new ApiException(ProblemType.CONFLICT, "The stored activity is newer: its sourceUpdatedAt is " + stored
                    + "; this one's is " + activity.sourceUpdatedAt().toInstant() + ". Send a sourceUpdatedAt at or after " + stored,
                    List.of(new FieldViolation("sourceUpdatedAt", "is before the stored " + stored)), java.util.Map.of());
        }
    }

    private Written store(ActivityEntity activity, WriteActor actor, Activity in, ActivityReferences.Resolved refs, Activity before) {
        // Nothing is flushed here: the activity, its revision and its event reach PostgreSQL at commit, each table's
        // rows as one JDBC batch (a bulk import commits hundreds of lines at once). So the version the flush will give
        // the row is worked out: 0 for a new row, one more for a change (the @Version increment).
        boolean created = before == null;
        long version = created ? 0 : activity.version + 1;
        ActivityView view = ActivityView.of(activity.id, version, activity.createdAt, activity.updatedAt, in, refs);
        activity.view = text(view);
        if (created) {
            activity.persist();
        }
        String action = created ? "created" : "updated";
        revisions.record(activity, version, actor, action, before, in);
        outbox.record(RESOURCE, action, activity.id, view);
        return new Written(new ActivityWriteResult(created ? Outcome.CREATED : Outcome.UPDATED, activity.id, version, null), view, in);
    }

    /** The entity's columns from the activity: what lists filter and search on, the body and the source's time. */
    private void apply(ActivityEntity a, Activity in, ActivityReferences.Resolved refs) {
        a.externalId = in.externalId();
        a.reportingOrgId = refs.reporting().id();
        a.reportingOrgCode = refs.reporting().code();
        a.programCode = in.program();
        a.status = in.status().value();
        Set<String> organizations = new LinkedHashSet<>();
        organizations.add(refs.reporting().code());
        refs.participants().forEach(p -> organizations.add(p.organization().code()));
        a.organizationCodes = List.copyOf(organizations);
        a.countries = List.copyOf(Activity.orEmpty(in.recipientCountries()));
        a.themes = Activity.orEmpty(in.themes()).stream().map(Theme::value).distinct().toList();
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
        List<String> organizationTerms = organizations.stream().map(directory::searchTerms).toList();
        a.searchEn = SearchTexts.of(in, "en", organizationTerms);
        a.searchEs = SearchTexts.of(in, "es", organizationTerms);
        a.sourceUpdatedAt = in.sourceUpdatedAt();
    }

    /** Stored activities indexed by an older version of {@link SearchTexts} are re-indexed before the service serves. */
    void reindex(@Observes StartupEvent start, EntityManager em) {
        SearchReindex.run(em, "activity", this::searchTexts);
    }

    /** The search texts of a stored activity as a write would build them now (for {@link SearchReindex}). */
    public SearchReindex.Texts searchTexts(UUID id) {
        ActivityEntity a = ActivityEntity.findById(id);
        Activity in = read(a.body, Activity.class, a);
        List<String> organizationTerms = a.organizationCodes.stream().map(directory::searchTerms).toList();
        return new SearchReindex.Texts(SearchTexts.of(in, "en", organizationTerms), SearchTexts.of(in, "es", organizationTerms));
    }

    /** References as the other contexts spell them (canonical symbols), so a re-spelt body is still "unchanged". */
    private static Activity canonical(Activity in, ActivityReferences.Resolved refs) {
        List<Activity.DocumentLink> documents = in.documents() == null ? null : new ArrayList<>();
        for (int i = 0; documents != null && i < in.documents().size(); i++) {
            Activity.DocumentLink d = in.documents().get(i);
            documents.add(d.symbol() == null ? d : new Activity.DocumentLink(refs.documents().get(i).symbol(), null, d.title()));
        }
        List<Activity.MandateRef> mandates = in.mandates() == null ? null : new ArrayList<>();
        for (int i = 0; mandates != null && i < in.mandates().size(); i++) {
            mandates.add(new Activity.MandateRef(refs.mandates().get(i).resolution(), refs.mandates().get(i).paragraph()));
        }
        return in.withReferences(documents, mandates);
    }

    private String text(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, Class<T> type, ActivityEntity activity) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt stored activity " + activity.id, e);
        }
    }

    /** What a deletion event carries: the ids and the version, the reporting organization as the views show it. */
    public record Deletion(UUID id, String externalId, OrganizationRef reportingOrganization, long version) {
    }
}
