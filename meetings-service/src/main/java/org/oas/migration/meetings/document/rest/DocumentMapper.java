package org.oas.migration.meetings.document.rest;

import java.util.List;
import org.oas.migration.meetings.document.domain.DocumentKind;
import org.oas.migration.meetings.document.persistence.DocumentEntity;

public final class DocumentMapper {

    private DocumentMapper() {
    }

    public static DocumentView toView(DocumentEntity d, String match) {
        return new DocumentView(d.id, d.symbol, d.series, d.number, d.year, d.revision, d.corrigendum, d.addendum, d.title,
                d.date, DocumentKind.fromValue(d.kind), List.copyOf(d.languages), d.url, d.version, d.createdAt, d.updatedAt, match);
    }

    public static DocumentInput toInput(DocumentEntity d) {
        return new DocumentInput(d.symbol, d.title, d.date, DocumentKind.fromValue(d.kind), List.copyOf(d.languages), d.url);
    }
}
