package org.oas.migration.platform.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.oas.migration.platform.paging.KeyType;
import org.oas.migration.platform.paging.Keyset;
import org.oas.migration.platform.paging.Page;
import org.oas.migration.platform.paging.PageRequest;

/**
 * The one keyset list builder: an ordering over SQL key expressions (the last one unique, usually the id), which
 * adds to a {@link SqlQuery} the "after the cursor" condition, the ORDER BY and the look-ahead LIMIT, and makes
 * the next cursor through its {@link Keyset}. When every key runs the same way the condition is a row comparison,
 * which a (key, id) index answers by one range scan, so the last page costs what the first does; mixed
 * directions expand to {@code a < ? OR (a = ? AND b > ?)}.
 */
public final class KeysetOrder {

    /**
     * One part of the key: a SQL expression (which may bind values, e.g. a search rank), its type and direction,
     * and the alias it is selected under, if any: ORDER BY then names the alias, so PostgreSQL computes the
     * expression once per row (the same expression bound a second time is not recognised as the same).
     */
    public record Key(String expression, KeyType type, boolean descending, List<Object> values, String alias) {
    }

    private final Keyset keyset;
    private final List<Key> keys;

    private KeysetOrder(String name, List<Key> keys) {
        this.keys = List.copyOf(keys);
        this.keyset = new Keyset(name, keys.stream().map(Key::type).toList());
    }

    public static Builder named(String name) {
        return new Builder(name);
    }

    /** The keys, most significant first: a query may select one (say, the rank) as a column too. */
    public List<Key> keys() {
        return keys;
    }

    public Keyset keyset() {
        return keyset;
    }

    /** The cursor continuing after a row whose key values are these (one per key, in order). */
    public String cursor(Object... values) {
        return keyset.cursor(values);
    }

    /** The page of these rows (read with {@link #apply}): the look-ahead row cut, the next cursor from the last item's key. */
    public <T> Page<T> page(List<T> rows, PageRequest page, Function<T, Object[]> keyOf) {
        return Page.of(rows, page, row -> keyset.cursor(keyOf.apply(row)));
    }

    /** Adds the condition for the page after the request's cursor (validated: a forged one is a 400), the order and the limit. */
    public SqlQuery apply(SqlQuery query, PageRequest page) {
        List<Object> after = keyset.after(page);
        if (!after.isEmpty()) {
            if (sameDirection()) {
                rowComparison(query, after);
            } else {
                expanded(query, after);
            }
        }
        List<String> order = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (Key key : keys) {
            order.add((key.alias() != null ? key.alias() : key.expression()) + (key.descending() ? " DESC" : ""));
            if (key.alias() == null) {
                values.addAll(key.values());
            }
        }
        values.add(page.fetchSize());
        return query.then("ORDER BY " + String.join(", ", order) + " LIMIT ?", values.toArray());
    }

    private boolean sameDirection() {
        return keys.stream().allMatch(k -> k.descending() == keys.get(0).descending());
    }

    private void rowComparison(SqlQuery query, List<Object> after) {
        List<String> expressions = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (Key key : keys) {
            expressions.add(key.expression());
            values.addAll(key.values());
        }
        values.addAll(after);
        String placeholders = String.join(", ", Collections.nCopies(keys.size(), "?"));
        String operator = keys.get(0).descending() ? " < " : " > ";
        query.where(keys.size() == 1
                ? expressions.get(0) + operator + "?"
                : "(" + String.join(", ", expressions) + ")" + operator + "(" + placeholders + ")", values.toArray());
    }

    private void expanded(SqlQuery query, List<Object> after) {
        List<String> alternatives = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            List<String> terms = new ArrayList<>();
            for (int j = 0; j <= i; j++) {
                Key key = keys.get(j);
                String operator = j < i ? " = ?" : key.descending() ? " < ?" : " > ?";
                terms.add(key.expression() + operator);
                values.addAll(key.values());
                values.add(after.get(j));
            }
            alternatives.add("(" + String.join(" AND ", terms) + ")");
        }
        query.where("(" + String.join(" OR ", alternatives) + ")", values.toArray());
    }

    /** Builds an ordering key by key, most significant first. */
    public static final class Builder {

        private final String name;
        private final List<Key> keys = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder ascending(String expression, KeyType type, Object... values) {
            keys.add(new Key(expression, type, false, List.of(values), null));
            return this;
        }

        public Builder descending(String expression, KeyType type, Object... values) {
            keys.add(new Key(expression, type, true, List.of(values), null));
            return this;
        }

        /** The last key added is selected under this alias: the query's SELECT must name it so. */
        public Builder selectedAs(String alias) {
            Key last = keys.remove(keys.size() - 1);
            keys.add(new Key(last.expression(), last.type(), last.descending(), last.values(), alias));
            return this;
        }

        public KeysetOrder build() {
            if (keys.isEmpty()) {
                throw new IllegalStateException("an ordering needs at least one key");
            }
            return new KeysetOrder(name, keys);
        }
    }
}
