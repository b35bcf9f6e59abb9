package org.oas.migration.organizations.country.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.oas.migration.platform.paging.KeyType;
import org.oas.migration.platform.paging.Keyset;
import org.oas.migration.platform.paging.Page;
import org.oas.migration.platform.paging.PageRequest;

/** Countries by ISO code, keyset-paged, optionally only OAS member states (true) or only others (false). */
@ApplicationScoped
public class CountryList {

    private static final Keyset BY_CODE = Keyset.of("countries-by-code", KeyType.TEXT);

    public Page<CountryEntity> page(Boolean oasMemberState, PageRequest page) {
        String after = (String) BY_CODE.after(page).stream().findFirst().orElse("");
        List<CountryEntity> rows = oasMemberState == null
                ? CountryEntity.<CountryEntity>find("code > ?1 order by code", after).page(0, page.fetchSize()).list()
                : CountryEntity.<CountryEntity>find("code > ?1 and oasMemberState = ?2 order by code", after, oasMemberState)
                        .page(0, page.fetchSize()).list();
        return Page.of(rows, page, country -> BY_CODE.cursor(country.code));
    }
}
