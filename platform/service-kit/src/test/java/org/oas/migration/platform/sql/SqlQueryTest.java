package org.oas.migration.platform.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SqlQueryTest {

    @Test
    void conditionsJoinWithAndAndPlaceholdersAreNumberedInOrder() {
        SqlQuery query = new SqlQuery("SELECT ? AS a, ? AS b FROM t", "a", "b")
                .where("t.x = ?", 1).where("t.y = ?", 2).then("LIMIT ?", 3);

        assertEquals("SELECT ?1 AS a, ?2 AS b FROM t WHERE t.x = ?3 AND t.y = ?4 LIMIT ?5", query.sql());
    }

    @Test
    void jsonbOperatorsAreNotPlaceholders() {
        SqlQuery query = new SqlQuery("SELECT * FROM t").where("t.tags ?| cast(? AS text[])", "{a}").where("t.tags ?& ?", "{b}");

        assertEquals("SELECT * FROM t WHERE t.tags ?| cast(?1 AS text[]) AND t.tags ?& ?2", query.sql());
    }

    @Test
    void aQueryWithoutConditionsHasNoWhere() {
        assertEquals("SELECT * FROM t ORDER BY id", new SqlQuery("SELECT * FROM t").then("ORDER BY id").sql());
    }
}
