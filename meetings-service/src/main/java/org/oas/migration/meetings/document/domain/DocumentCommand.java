package org.oas.migration.meetings.document.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A document as an admin writes it (already validated for shape; the symbol is parsed here). */
public record DocumentCommand(String symbol, Map<String, String> title, LocalDate date, DocumentKind kind, List<String> languages,
                              String url) {

    public DocumentCommand {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
