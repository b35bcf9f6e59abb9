package org.oas.migration.platform.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oas.migration.platform.paging.KeyType;
import org.oas.migration.platform.paging.Page;
import org.oas.migration.platform.paging.PageRequest;

class KeysetOrderTest {

    private static final UUID ID = UUID.fromString("0190a6c2-8d4e-7b3a-9f10-2c4d5e6f7a8b");

    private static final KeysetOrder BY_NAME = KeysetOrder.named("by-name")
            .ascending("lower(t.name)", KeyType.TEXT).ascending("t.id", KeyType.UUID).build();

    @Test
    void theFirstPageIsOrderedAndLimitedToOneRowMoreThanAsked() {
        SqlQuery query = BY_NAME.apply(new SqlQuery("SELECT * FROM t"), PageRequest.of("10", null));

        assertEquals("SELECT * FROM t ORDER BY lower(t.name), t.id LIMIT ?1", query.sql());
    }

    @Test
    void keysRunningOneWayContinueByARowComparison() {
        String cursor = BY_NAME.cursor("iom", ID);

        SqlQuery query = BY_NAME.apply(new SqlQuery("SELECT * FROM t"), PageRequest.of("10", cursor));

        assertEquals("SELECT * FROM t WHERE (lower(t.name), t.id) > (?1, ?2) ORDER BY lower(t.name), t.id LIMIT ?3", query.sql());
    }

    @Test
    void mixedDirectionsExpandWithTheKeysOwnBoundValuesRepeated() {
        KeysetOrder byRank = KeysetOrder.named("by-rank")
                .descending("ts_rank(t.s, to_tsquery(?))", KeyType.RANK, "q").ascending("t.id", KeyType.UUID).build();

        SqlQuery query = byRank.apply(new SqlQuery("SELECT * FROM t"), PageRequest.of(null, byRank.cursor(0.5f, ID)));

        assertEquals("SELECT * FROM t WHERE ((ts_rank(t.s, to_tsquery(?1)) < ?2) OR (ts_rank(t.s, to_tsquery(?3)) = ?4 AND t.id > ?5)) "
                + "ORDER BY ts_rank(t.s, to_tsquery(?6)) DESC, t.id LIMIT ?7", query.sql());
    }

    @Test
    void aPageCarriesTheCursorOfItsLastItemOnlyWhenMoreRowsFollow() {
        PageRequest request = PageRequest.of("2", null);

        Page<String> full = BY_NAME.page(List.of("a", "b", "c"), request, name -> new Object[] {name, ID});
        Page<String> last = BY_NAME.page(List.of("a", "b"), request, name -> new Object[] {name, ID});

        assertEquals(List.of("a", "b"), full.items());
        assertEquals(BY_NAME.cursor("b", ID), full.nextCursor());
        assertEquals(null, last.nextCursor());
    }

    @Test
    void aKeySelectedUnderAnAliasIsOrderedByTheAliasWithoutBindingItsValuesAgain() {
        KeysetOrder byRank = KeysetOrder.named("by-rank").descending("ts_rank(t.s, to_tsquery(?))", KeyType.RANK, "q")
                .selectedAs("relevance").descending("t.id", KeyType.UUID).build();

        SqlQuery query = byRank.apply(new SqlQuery("SELECT t.*, ts_rank(t.s, to_tsquery(?)) AS relevance FROM t", "q"),
                PageRequest.of(null, byRank.cursor(0.5f, ID)));

        assertEquals("SELECT t.*, ts_rank(t.s, to_tsquery(?1)) AS relevance FROM t "
                + "WHERE (ts_rank(t.s, to_tsquery(?2)), t.id) < (?3, ?4) ORDER BY relevance DESC, t.id DESC LIMIT ?5", query.sql());
    }
}
