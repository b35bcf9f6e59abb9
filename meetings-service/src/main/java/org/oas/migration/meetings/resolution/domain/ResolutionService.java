package org.oas.migration.meetings.resolution.domain;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.oas.migration.meetings.directory.domain.Directory;
import org.oas.migration.meetings.directory.persistence.DirectoryOrganization;
import org.oas.migration.meetings.resolution.persistence.ResolutionEntity;
import org.oas.migration.meetings.resolution.persistence.Paragraphs;
import org.oas.migration.meetings.support.domain.EventBody;
import org.oas.migration.platform.sql.SearchReindex;
import org.oas.migration.platform.text.SearchText;
import org.oas.migration.meetings.symbol.DocumentSymbol;
import org.oas.migration.meetings.symbol.ResolutionSymbol;
import org.oas.migration.meetings.symbol.SymbolKey;
import org.oas.migration.platform.http.EntityTags;
import org.oas.migration.platform.ids.UuidV7;
import org.oas.migration.platform.model.LiveEntities;
import org.oas.migration.platform.model.VersionedEntity;
import org.oas.migration.platform.model.VersionedWrites;
import org.oas.migration.platform.outbox.Outbox;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.problem.FieldViolation;

/**
 * Resolutions: symbols parsed and unique, bodies and mandate addressees checked against the directory, the
 * citation graph and mandate index rewritten with each version, operative paragraph ids kept stable by number.
 */
@ApplicationScoped
public class ResolutionService {

    public static final String RESOURCE = "resolution";

    @Inject
    Directory directory;

    @Inject
    Outbox outbox;

    @Inject
    LiveEntities live;

    @Inject
    VersionedWrites writes;

    @Inject
    EventBody<ResolutionEntity> eventBody;

    @Inject
    EntityManager em;

    public Optional<ResolutionEntity> bySymbol(String symbol) {
        return ResolutionEntity.liveByKey(SymbolKey.of(symbol));
    }

    public ResolutionEntity requireLive(String id) {
        return live.require(ResolutionEntity.class, id, "Resolution");
    }

    @Transactional
    public ResolutionEntity create(ResolutionCommand input) {
        return writes.create(RESOURCE, new ResolutionEntity(), resolution -> write(resolution, input), this::indexed);
    }

    @Transactional
    public ResolutionEntity replace(ResolutionEntity resolution, ResolutionCommand input, String ifMatch) {
        return writes.replaceIfDirty(RESOURCE, resolution, ifMatch, r -> write(r, input), this::indexed);
    }

    @Transactional
    public void delete(ResolutionEntity resolution, String ifMatch) {
        EntityTags.requireMatch(ifMatch, resolution.version);
        resolution.deletedAt = VersionedEntity.now();
        resolution.stampUpdated();
        resolution.flush();
        outbox.record(RESOURCE, "deleted", resolution.id, new Deletion(resolution.id, resolution.symbol, resolution.version));
    }

    private void write(ResolutionEntity r, ResolutionCommand input) {
        List<FieldViolation> violations = new ArrayList<>();
        Optional<ResolutionSymbol> symbol = parseSymbol(input.symbol(), "symbol", violations);
        Optional<DocumentSymbol> draft = Optional.ofNullable(input.draftClassification()).flatMap(text -> {
            Optional<DocumentSymbol> parsed = DocumentSymbol.parse(text);
            if (parsed.isEmpty()) {
                violations.add(new FieldViolation("draftClassification", DocumentSymbol.FORMAT_HELP));
            }
            return parsed;
        });
        if (input.symbol() == null && input.draftClassification() == null) {
            violations.add(new FieldViolation("symbol", "a resolution needs a symbol, or a draft its draftClassification"));
        }
        if (input.status() == ResolutionStatus.ADOPTED && input.symbol() == null) {
            violations.add(new FieldViolation("symbol", "an adopted resolution must have its symbol"));
        }
        parseSymbol(input.adoptedAs(), "adoptedAs", violations);
        List<String> cites = new ArrayList<>();
        List<String> citedInput = input.cites();
        for (int i = 0; i < citedInput.size(); i++) {
            parseSymbol(citedInput.get(i), "cites[" + i + "]", violations).map(ResolutionSymbol::canonical).ifPresent(cites::add);
        }
        DirectoryOrganization body = directory.organization(input.bodyCode()).orElse(null);
        if (body == null) {
            violations.add(new FieldViolation("bodyCode", "no organization '" + input.bodyCode() + "' is known here"));
        }
        List<Paragraphs.Operative> operative = operative(r, input, violations);
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        checkUnique(r, symbol.map(ResolutionSymbol::key).orElse(null), draft.map(DocumentSymbol::key).orElse(null));

        r.symbol = symbol.map(ResolutionSymbol::canonical).orElse(null);
        r.symbolKey = symbol.map(ResolutionSymbol::key).orElse(null);
        r.series = symbol.map(ResolutionSymbol::series).orElse(null);
        r.number = symbol.map(ResolutionSymbol::number).orElse(null);
        r.session = symbol.map(ResolutionSymbol::session).orElse(null);
        r.sessionType = symbol.map(ResolutionSymbol::sessionType).map(t -> t == ResolutionSymbol.SessionType.REGULAR ? "O" : "E").orElse(null);
        r.year = symbol.map(ResolutionSymbol::year).orElse(null);
        r.title = input.title();
        r.bodyId = body.id;
        r.bodyCode = body.code;
        r.adoptionDate = input.adoptionDate();
        r.status = input.status().value();
        r.draftClassification = draft.map(DocumentSymbol::canonical).orElse(null);
        r.draftKey = draft.map(DocumentSymbol::key).orElse(null);
        r.adoptedAs = input.adoptedAs() == null ? null : ResolutionSymbol.parse(input.adoptedAs()).get().canonical();
        r.sponsors = input.sponsors();
        r.coSponsors = input.coSponsors();
        r.preambular = input.preambular().stream()
                .map(p -> new Paragraphs.Preambular(p.verb().trim(), p.text())).toList();
        r.operative = operative;
        r.cites = List.copyOf(cites);
        r.identifiers = input.identifiers();
        r.searchEn = searchText(r, "en");
        r.searchEs = searchText(r, "es");
    }

    private static Optional<ResolutionSymbol> parseSymbol(String text, String field, List<FieldViolation> violations) {
        if (text == null) {
            return Optional.empty();
        }
        Optional<ResolutionSymbol> parsed = ResolutionSymbol.parse(text);
        if (parsed.isEmpty()) {
            violations.add(new FieldViolation(field, ResolutionSymbol.FORMAT_HELP));
        }
        return parsed;
    }

    /** Paragraphs keep their id across versions when their printed number stays the same. */
    private List<Paragraphs.Operative> operative(ResolutionEntity r, ResolutionCommand input, List<FieldViolation> violations) {
        Map<String, UUID> existing = new HashMap<>();
        r.operative.forEach(p -> existing.put(p.number(), p.id()));
        Set<String> numbers = new HashSet<>();
        List<Paragraphs.Operative> paragraphs = new ArrayList<>();
        List<ResolutionCommand.Operative> inputs = input.operative();
        for (int i = 0; i < inputs.size(); i++) {
            ResolutionCommand.Operative p = inputs.get(i);
            if (!numbers.add(p.number())) {
                violations.add(new FieldViolation("operative[" + i + "].number", "paragraph " + p.number() + " appears twice"));
            }
            List<Paragraphs.Mandate> mandates = new ArrayList<>();
            for (int j = 0; j < p.mandates().size(); j++) {
                ResolutionCommand.Mandate m = p.mandates().get(j);
                Optional<DirectoryOrganization> addressee = directory.organization(m.addresseeCode());
                if (addressee.isEmpty()) {
                    violations.add(new FieldViolation("operative[" + i + "].mandates[" + j + "].addresseeCode",
                            "no organization '" + m.addresseeCode() + "' is known here"));
                    continue;
                }
                mandates.add(new Paragraphs.Mandate(addressee.get().id, addressee.get().code, m.dueSession(), m.dueDate()));
            }
            paragraphs.add(new Paragraphs.Operative(existing.getOrDefault(p.number(), UuidV7.next()), p.number(), p.text(), mandates));
        }
        return paragraphs;
    }

    private void checkUnique(ResolutionEntity r, String symbolKey, String draftKey) {
        if (symbolKey != null && ResolutionEntity.keyHeldByAnother(symbolKey, false, r.id)) {
            throw ApiException.conflict("A resolution with this symbol already exists");
        }
        if (draftKey != null && ResolutionEntity.keyHeldByAnother(draftKey, true, r.id)) {
            throw ApiException.conflict("A draft with this classification already exists");
        }
    }

    /** Stored rows indexed by an older version of the search texts are re-indexed before the service serves. */
    void reindex(@Observes StartupEvent start, EntityManager entityManager) {
        SearchReindex.run(entityManager, "resolution", id -> {
            ResolutionEntity e = ResolutionEntity.findById(id);
            return new SearchReindex.Texts(searchText(e, "en"), searchText(e, "es"));
        });
    }

    private static String searchText(ResolutionEntity r, String language) {
        return SearchText.of(language, Stream.concat(Stream.of(r.title),
                Stream.concat(r.preambular.stream().map(Paragraphs.Preambular::text), r.operative.stream().map(Paragraphs.Operative::text))));
    }

    /** The event body, once the stored resolution's citation and mandate rows are rewritten. */
    private Object indexed(ResolutionEntity r) {
        rewriteIndexes(r);
        return eventBody.of(r);
    }

    /** The citation graph and the mandate index follow the current version. */
    private void rewriteIndexes(ResolutionEntity r) {
        em.createNativeQuery("DELETE FROM resolution_citation WHERE resolution_id = ?1").setParameter(1, r.id).executeUpdate();
        em.createNativeQuery("DELETE FROM resolution_mandate WHERE resolution_id = ?1").setParameter(1, r.id).executeUpdate();
        for (String cited : new java.util.LinkedHashSet<>(r.cites)) {
            em.createNativeQuery("INSERT INTO resolution_citation (resolution_id, cited_key, cited_symbol) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                    .setParameter(1, r.id).setParameter(2, SymbolKey.of(cited)).setParameter(3, cited).executeUpdate();
        }
        for (Paragraphs.Operative p : r.operative) {
            for (Paragraphs.Mandate m : p.mandates()) {
                em.createNativeQuery("INSERT INTO resolution_mandate (resolution_id, paragraph_id, addressee_id, addressee_code) "
                                + "VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING")
                        .setParameter(1, r.id).setParameter(2, p.id()).setParameter(3, m.addresseeId()).setParameter(4, m.addresseeCode())
                        .executeUpdate();
            }
        }
    }

    public record Deletion(UUID id, String symbol, long version) {
    }
}
