package org.oas.migration.meetings.document.domain;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.oas.migration.meetings.document.persistence.DocumentEntity;
import org.oas.migration.platform.sql.SearchReindex;
import org.oas.migration.platform.text.SearchText;
import org.oas.migration.meetings.symbol.DocumentSymbol;
import org.oas.migration.meetings.support.domain.EventBody;
import org.oas.migration.meetings.symbol.SymbolKey;
import org.oas.migration.platform.http.EntityTags;
import org.oas.migration.platform.model.LiveEntities;
import org.oas.migration.platform.model.VersionedEntity;
import org.oas.migration.platform.model.VersionedWrites;
import org.oas.migration.platform.outbox.Outbox;
import org.oas.migration.platform.problem.ApiException;

/** Documents by symbol: parsed, unique after normalisation, announced on meetings.v1. */
@ApplicationScoped
public class DocumentService {

    public static final String RESOURCE = "document";

    @Inject
    Outbox outbox;

    @Inject
    LiveEntities live;

    @Inject
    VersionedWrites writes;

    @Inject
    EventBody<DocumentEntity> eventBody;

    public Optional<DocumentEntity> bySymbol(String symbol) {
        return DocumentEntity.liveBySymbolKey(SymbolKey.of(symbol));
    }

    public DocumentEntity requireLive(String id) {
        return live.require(DocumentEntity.class, id, "Document");
    }

    @Transactional
    public DocumentEntity create(DocumentCommand input) {
        DocumentSymbol symbol = parse(input.symbol());
        if (DocumentEntity.liveBySymbolKey(symbol.key()).isPresent()) {
            throw ApiException.conflict("A document with symbol '" + symbol.canonical() + "' already exists");
        }
        return writes.create(RESOURCE, new DocumentEntity(), document -> apply(symbol, input, document), eventBody::of);
    }

    @Transactional
    public DocumentEntity replace(DocumentEntity document, DocumentCommand input, String ifMatch) {
        return writes.replace(RESOURCE, document, ifMatch, d -> {
            DocumentSymbol symbol = parse(input.symbol());
            if (stored(d).equals(normalized(symbol, input))) {
                return false;
            }
            if (!symbol.key().equals(d.symbolKey) && DocumentEntity.liveBySymbolKey(symbol.key()).isPresent()) {
                throw ApiException.conflict("A document with symbol '" + symbol.canonical() + "' already exists");
            }
            apply(symbol, input, d);
            return true;
        }, eventBody::of);
    }

    @Transactional
    public void delete(DocumentEntity document, String ifMatch) {
        EntityTags.requireMatch(ifMatch, document.version);
        document.deletedAt = VersionedEntity.now();
        document.stampUpdated();
        document.flush();
        outbox.record(RESOURCE, "deleted", document.id, new Deletion(document.id, document.symbol, document.version));
    }

    public static DocumentSymbol parse(String text) {
        return DocumentSymbol.parse(text).orElseThrow(() -> ApiException.invalid("symbol", DocumentSymbol.FORMAT_HELP));
    }

    /** What the stored document would be written as: a replace that equals it changes nothing. */
    public static DocumentCommand stored(DocumentEntity d) {
        return new DocumentCommand(d.symbol, d.title, d.date, DocumentKind.fromValue(d.kind), d.languages, d.url);
    }

    private static DocumentCommand normalized(DocumentSymbol symbol, DocumentCommand in) {
        return new DocumentCommand(symbol.canonical(), in.title(), in.date(), in.kind(), in.languages(), in.url());
    }

    private static void apply(DocumentSymbol symbol, DocumentCommand input, DocumentEntity d) {
        d.symbol = symbol.canonical();
        d.symbolKey = symbol.key();
        d.series = symbol.series();
        d.number = symbol.number();
        d.year = symbol.year();
        d.revision = symbol.revision();
        d.corrigendum = symbol.corrigendum();
        d.addendum = symbol.addendum();
        d.title = input.title();
        d.date = input.date();
        d.kind = input.kind().value();
        d.languages = input.languages();
        d.url = input.url();
        d.searchEn = SearchText.of("en", Stream.of(input.title()));
        d.searchEs = SearchText.of("es", Stream.of(input.title()));
    }

    /** Stored documents indexed by an older version of the search texts are re-indexed before the service serves. */
    void reindex(@Observes StartupEvent start, EntityManager entityManager) {
        SearchReindex.run(entityManager, "document", id -> {
            DocumentEntity d = DocumentEntity.findById(id);
            return new SearchReindex.Texts(SearchText.of("en", Stream.of(d.title)), SearchText.of("es", Stream.of(d.title)));
        });
    }

    public record Deletion(UUID id, String symbol, long version) {
    }
}
