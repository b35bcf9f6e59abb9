package org.oas.migration.organizations.client.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.oas.migration.platform.paging.KeyType;
import org.oas.migration.platform.paging.Keyset;
import org.oas.migration.platform.paging.Page;
import org.oas.migration.platform.paging.PageRequest;

/** Registered clients in creation order (their v7 ids), keyset-paged. */
@ApplicationScoped
public class PartnerClientList {

    private static final Keyset BY_CREATION = Keyset.of("partner-clients-by-creation", KeyType.UUID);

    public Page<PartnerClientEntity> page(PageRequest page) {
        List<Object> after = BY_CREATION.after(page);
        List<PartnerClientEntity> rows = after.isEmpty()
                ? PartnerClientEntity.<PartnerClientEntity>find("deletedAt is null order by id").page(0, page.fetchSize()).list()
                : PartnerClientEntity.<PartnerClientEntity>find("deletedAt is null and id > ?1 order by id", after.get(0))
                        .page(0, page.fetchSize()).list();
        return Page.of(rows, page, client -> BY_CREATION.cursor(client.id));
    }
}
