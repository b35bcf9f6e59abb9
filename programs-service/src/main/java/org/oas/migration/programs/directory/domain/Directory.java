package org.oas.migration.programs.directory.domain;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.oas.migration.platform.text.LookupKey;

/** Looks up organizations, resolutions and documents in the local projections. */
@ApplicationScoped
public class Directory {

    private static final TypeReference<Map<String, String>> TEXT = new TypeReference<>() { };

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    TransactionSynchronizationRegistry transaction;

    /** By code; remembered for the rest of the transaction (a bulk import names the same few organizations on every line). */
    @SuppressWarnings("unchecked")
    public Optional<OrganizationRef> organization(String code) {
        Map<String, Optional<OrganizationRef>> known = null;
        if (transaction.getTransactionKey() != null) {
            known = (Map<String, Optional<OrganizationRef>>) transaction.getResource(Directory.class);
            if (known == null) {
                known = new HashMap<>();
                transaction.putResource(Directory.class, known);
            }
            Optional<OrganizationRef> remembered = known.get(code);
            if (remembered != null) {
                return remembered;
            }
        }
        Optional<OrganizationRef> found = first(em.createNativeQuery(
                        "SELECT id, code, cast(names AS text) FROM directory_organization WHERE code = ?1 AND NOT deleted")
                .setParameter(1, code)).map(this::organization);
        if (known != null) {
            known.put(code, found);
        }
        return found;
    }

    /**
     * What an organization is found by in the texts citing it: its names and acronyms in every language, one line;
     * empty when the directory does not know it. Remembered for the rest of the transaction, as {@link #organization} is.
     */
    @SuppressWarnings("unchecked")
    public String searchTerms(String code) {
        Map<String, String> known = null;
        if (transaction.getTransactionKey() != null) {
            known = (Map<String, String>) transaction.getResource(SearchTerms.class);
            if (known == null) {
                known = new HashMap<>();
                transaction.putResource(SearchTerms.class, known);
            }
            String remembered = known.get(code);
            if (remembered != null) {
                return remembered;
            }
        }
        String terms = first(em.createNativeQuery("SELECT cast(names AS text), cast(coalesce(acronyms, '{}') AS text)"
                        + " FROM directory_organization WHERE code = ?1 AND NOT deleted")
                .setParameter(1, code))
                .map(row -> String.join(" ", new java.util.LinkedHashSet<>(java.util.stream.Stream.concat(
                        text((String) row[0]).values().stream(), text((String) row[1]).values().stream()).toList())))
                .orElse("");
        if (known != null) {
            known.put(code, terms);
        }
        return terms;
    }

    /** The transaction resource key of {@link #searchTerms}. */
    private static final class SearchTerms {
    }

    /** The code of the live organization that absorbed a merged one (so a write naming the old code is told the new one). */
    public Optional<String> mergedInto(String code) {
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery("""
                        SELECT t.code FROM directory_organization o JOIN directory_organization t ON t.id = o.merged_into_id
                        WHERE o.code = ?1 AND o.deleted AND NOT t.deleted ORDER BY t.code LIMIT 1""")
                .setParameter(1, code).setFlushMode(jakarta.persistence.FlushModeType.COMMIT).getResultList();
        return codes.stream().findFirst();
    }

    public Optional<ResolutionRef> resolution(String symbol) {
        return first(em.createNativeQuery("SELECT id, symbol, cast(paragraphs AS text) FROM directory_resolution WHERE symbol_key = ?1 AND NOT deleted")
                .setParameter(1, LookupKey.of(symbol))).map(row -> {
                    Map<String, UUID> paragraphs = new LinkedHashMap<>();
                    for (JsonNode p : read((String) row[2])) {
                        paragraphs.put(p.get("number").asText(), UUID.fromString(p.get("id").asText()));
                    }
                    return new ResolutionRef((UUID) row[0], (String) row[1], paragraphs);
                });
    }

    public Optional<DocumentRef> document(String symbol) {
        return first(em.createNativeQuery("SELECT id, symbol, cast(title AS text) FROM directory_document WHERE symbol_key = ?1 AND NOT deleted")
                .setParameter(1, LookupKey.of(symbol)))
                .map(row -> new DocumentRef((UUID) row[0], (String) row[1], row[2] == null ? null : text((String) row[2])));
    }

    private OrganizationRef organization(Object[] row) {
        return new OrganizationRef((UUID) row[0], (String) row[1], text((String) row[2]));
    }

    /**
     * The projection tables are never changed by the transactions that read them here, so the lookup does not flush
     * the session first (a bulk import holds many pending activities; flushing them before every lookup is costly).
     */
    @SuppressWarnings("unchecked")
    private static Optional<Object[]> first(jakarta.persistence.Query query) {
        List<Object[]> rows = query.setFlushMode(jakarta.persistence.FlushModeType.COMMIT).getResultList();
        return rows.stream().findFirst();
    }

    private Map<String, String> text(String value) {
        return json.convertValue(read(value), TEXT);
    }

    private JsonNode read(String value) {
        try {
            return json.readTree(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Corrupt projection row", e);
        }
    }
}
