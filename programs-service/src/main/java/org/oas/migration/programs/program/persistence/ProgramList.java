package org.oas.migration.programs.program.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.oas.migration.platform.paging.Page;
import org.oas.migration.platform.paging.PageRequest;
import org.oas.migration.programs.persistence.JsonArrays;
import org.oas.migration.programs.persistence.ViewQuery;

/** Lists of programmes: the filter as SQL over the program table, the stored views passed through. */
@ApplicationScoped
public class ProgramList {

    @Inject
    EntityManager em;

    public Page<ViewQuery.Row> page(ProgramFilter filter, PageRequest page) {
        ViewQuery query = new ViewQuery("program", filter.language(), filter.q());
        query.whereGiven(filter.owner(), "t.owner_code = ?");
        query.whereGiven(filter.code(), "t.code = ?");
        query.whereGiven(filter.theme(), "t.themes @> cast(? AS jsonb)", JsonArrays::of);
        query.whereGiven(filter.status(), "t.status = ?");
        query.whereGiven(filter.updatedSince(), "t.updated_at >= ?");
        return query.page(em, page);
    }
}
