package org.oas.migration.programs.program.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.oas.migration.platform.http.EntityTags;
import org.oas.migration.platform.ids.UuidV7;
import org.oas.migration.platform.model.VersionedWrites;
import org.oas.migration.platform.outbox.Outbox;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.problem.FieldViolation;
import org.oas.migration.platform.sql.SearchReindex;
import org.oas.migration.platform.text.SearchText;
import org.oas.migration.programs.activity.domain.ActivityReferences;
import org.oas.migration.programs.activity.domain.ActivityService;
import org.oas.migration.programs.activity.domain.PartialDate;
import org.oas.migration.programs.activity.domain.Theme;
import org.oas.migration.programs.activity.domain.WriteActor;
import org.oas.migration.programs.activity.domain.Activity;
import org.oas.migration.programs.activity.domain.ActivityView;
import java.util.function.UnaryOperator;
import org.oas.migration.programs.directory.domain.OrganizationRef;
import org.oas.migration.programs.program.persistence.ProgramEntity;

/** Programmes: written by admins or by the owning organization's partner; each change published on programs.v1. */
@ApplicationScoped
public class ProgramService {

    static final String RESOURCE = "program";

    @Inject
    ObjectMapper json;

    @Inject
    ActivityReferences references;

    @Inject
    ActivityService activities;

    @Inject
    Outbox outbox;

    @Inject
    VersionedWrites writes;

    @Transactional
    public ProgramView create(WriteActor actor, Program input) {
        if (ProgramEntity.liveByCode(input.code()).isPresent()) {
            throw ApiException.conflict("A programme with code '" + input.code() + "' already exists");
        }
        ProgramEntity program = new ProgramEntity();
        program.stampCreated();
        return store(actor, program, input, true);
    }

    @Transactional
    public ProgramView replace(WriteActor actor, ProgramEntity program, Program input, String ifMatch) {
        EntityTags.requireMatch(ifMatch, program.version);
        activities.requireRight(actor, program.ownerCode);
        if (!program.code.equals(input.code()) && ProgramEntity.liveByCode(input.code()).isPresent()) {
            throw ApiException.conflict("A programme with code '" + input.code() + "' already exists");
        }
        if (stored(program).equals(input)) {
            return view(program);
        }
        return store(actor, program, input, false);
    }

    /** PATCH: the stored programme, changed as {@code change} says. */
    @Transactional
    public ProgramView change(WriteActor actor, String idOrCode, UnaryOperator<Program> change, String ifMatch) {
        ProgramEntity program = requireLive(idOrCode);
        return replace(actor, program, change.apply(stored(program)), ifMatch);
    }

    @Transactional
    public void delete(WriteActor actor, ProgramEntity program, String ifMatch) {
        activities.requireRight(actor, program.ownerCode);
        writes.delete(RESOURCE, program, ifMatch, p -> new Deletion(p.id, p.code, p.version));
    }

    public ProgramEntity requireLive(String idOrCode) {
        UUID id = UuidV7.parseOrNull(idOrCode);
        Optional<ProgramEntity> found = id != null ? ProgramEntity.<ProgramEntity>findByIdOptional(id).filter(p -> !p.isDeleted())
                : ProgramEntity.liveByCode(idOrCode);
        return found.orElseThrow(() -> ApiException.notFound("Programme '" + idOrCode + "'"));
    }

    /** The stored programme (the body writes compare with and a merge patch starts from). */
    public Program stored(ProgramEntity program) {
        return read(program.body, Program.class);
    }

    public ProgramView view(ProgramEntity program) {
        return read(program.view, ProgramView.class);
    }

    private ProgramView store(WriteActor actor, ProgramEntity program, Program input, boolean created) {
        activities.requireRight(actor, input.owner());
        List<FieldViolation> violations = new ArrayList<>();
        OrganizationRef owner = references.organization(input.owner(), "owner", violations);
        List<ActivityView.Mandate> mandates = new ArrayList<>();
        List<Activity.MandateRef> refs = input.mandates() == null ? List.of() : input.mandates();
        for (int i = 0; i < refs.size(); i++) {
            mandates.add(references.mandate(refs.get(i), "mandates[" + i + "]", violations));
        }
        PartialDate start = ActivityReferences.date(input.start(), "start", violations);
        ActivityReferences.endNotBeforeStart(start, ActivityReferences.date(input.end(), "end", violations), "end", violations);
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        // Only now: the lookups above are native queries, which flush pending changes (and would bump the version).
        if (!created) {
            program.stampUpdated();
        }
        program.code = input.code();
        program.ownerCode = owner.code();
        program.status = input.status().value();
        program.themes = input.themes() == null ? List.of() : input.themes().stream().map(Theme::value).distinct().toList();
        program.body = text(input);
        program.searchEn = searchText(input, "en");
        program.searchEs = searchText(input, "es");
        // The version the flush below gives the row: 0 for a new one, one more for a change (the @Version increment).
        long version = created ? 0 : program.version + 1;
        ProgramView view = new ProgramView(program.id, input.code(), owner, input.title(), input.description(), input.themes(),
                input.mandates() == null ? null : mandates, input.start(), input.end(), input.status(), input.identifiers(),
                version, program.createdAt, program.updatedAt);
        program.view = text(view);
        if (created) {
            program.persist();
        }
        program.flush();
        outbox.record(RESOURCE, created ? "created" : "updated", program.id, view);
        return view;
    }

    /** Stored programmes indexed by an older version of {@link #searchText} are re-indexed before the service serves. */
    void reindex(@Observes StartupEvent start, EntityManager em) {
        SearchReindex.run(em, "program", this::searchTexts);
    }

    /** The search texts of a stored programme as a write would build them now (for {@link SearchReindex}). */
    public SearchReindex.Texts searchTexts(UUID id) {
        Program input = read(ProgramEntity.<ProgramEntity>findById(id).body, Program.class);
        return new SearchReindex.Texts(searchText(input, "en"), searchText(input, "es"));
    }

    private static String searchText(Program input, String language) {
        return SearchText.of(language, Stream.of(input.title(), input.description()));
    }

    private String text(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt stored programme", e);
        }
    }

    public record Deletion(UUID id, String code, long version) {
    }
}
