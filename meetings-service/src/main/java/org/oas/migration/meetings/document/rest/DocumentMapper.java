package org.oas.migration.meetings.document.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.oas.migration.meetings.document.domain.DocumentCommand;
import org.oas.migration.meetings.document.domain.DocumentKind;
import org.oas.migration.meetings.document.domain.DocumentService;
import org.oas.migration.meetings.document.persistence.DocumentEntity;
import org.oas.migration.meetings.support.domain.EventBody;

/** Documents to and from the wire; the view is also what meetings.v1 announces. */
@ApplicationScoped
public class DocumentMapper implements EventBody<DocumentEntity> {

    @Override
    public Object of(DocumentEntity stored) {
        return toView(stored, null);
    }

    public static DocumentView toView(DocumentEntity d, String match) {
        return new DocumentView(d.id, d.symbol, d.series, d.number, d.year, d.revision, d.corrigendum, d.addendum, d.title,
                d.date, DocumentKind.fromValue(d.kind), List.copyOf(d.languages), d.url, d.version, d.createdAt, d.updatedAt, match);
    }

    public static DocumentInput toInput(DocumentEntity d) {
        DocumentCommand c = DocumentService.stored(d);
        return new DocumentInput(c.symbol(), c.title(), c.date(), c.kind(), c.languages(), c.url());
    }

    public static DocumentCommand toCommand(DocumentInput in) {
        return new DocumentCommand(in.symbol(), in.title(), in.date(), in.kind(), in.languages(), in.url());
    }
}
