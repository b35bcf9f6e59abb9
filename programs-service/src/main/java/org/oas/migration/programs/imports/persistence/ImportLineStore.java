package org.oas.migration.programs.imports.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import org.oas.migration.platform.json.StorableText;
import org.oas.migration.platform.paging.KeyType;
import org.oas.migration.platform.paging.Keyset;
import org.oas.migration.platform.paging.Page;
import org.oas.migration.platform.paging.PageRequest;
import org.oas.migration.platform.problem.Problem;
import org.oas.migration.programs.imports.persistence.LineOutcome;
import org.oas.migration.programs.imports.persistence.LineResult;

/**
 * The per-line report, in plain JDBC: a batch of lines is one INSERT (arrays unnested by PostgreSQL) plus one UPDATE
 * of the import's counts, on the batch's own connection and transaction.
 */
@ApplicationScoped
public class ImportLineStore {

    /** ActivityInput\'s bound on externalId: what the report shows of a line\'s id (ImportLine\'s maxLength). */
    static final int EXTERNAL_ID_MAX = 200;

    private static final Keyset BY_LINE = Keyset.of("import-lines", KeyType.LONG);

    private static final TypeReference<List<String>> NOTES = new TypeReference<>() {
    };

    private static final String INSERT = "INSERT INTO bulk_import_line (import_id, line, outcome, external_id, activity_id, problem, notes) "
            + "SELECT ?, u.line, u.outcome, u.external_id, u.activity_id::uuid, u.problem::jsonb, u.notes::jsonb "
            + "FROM unnest(?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) "
            + "AS u(line, outcome, external_id, activity_id, problem, notes)";

    private static final String COUNT = "UPDATE bulk_import SET created = created + ?, updated = updated + ?, "
            + "unchanged = unchanged + ?, rejected = rejected + ? WHERE id = ?";

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    /** Records lines and adds them to the import's counts, in the caller's transaction (with the lines' writes). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID importId, List<LineResult> lines) {
        em.unwrap(Session.class).doWork(connection -> insert(connection, importId, lines));
    }

    private void insert(Connection connection, UUID importId, List<LineResult> lines) throws SQLException {
        int n = lines.size();
        Integer[] numbers = new Integer[n];
        String[] outcomes = new String[n];
        String[] externalIds = new String[n];
        String[] activityIds = new String[n];
        String[] problems = new String[n];
        String[] notes = new String[n];
        int[] counts = new int[LineOutcome.values().length];
        for (int i = 0; i < n; i++) {
            LineResult line = lines.get(i);
            numbers[i] = line.line();
            outcomes[i] = line.outcome().value();
            // A rejected line's id is kept as sent only if it can be (and is no longer than an external id may be):
            // its problem already says what is wrong with it.
            externalIds[i] = line.externalId() != null && line.externalId().length() <= EXTERNAL_ID_MAX
                    && StorableText.problemOf(line.externalId()) == null ? line.externalId() : null;
            activityIds[i] = line.activityId() == null ? null : line.activityId().toString();
            problems[i] = line.problem() == null ? null : write(line.problem());
            notes[i] = line.notes().isEmpty() ? null : write(line.notes());
            counts[line.outcome().ordinal()]++;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, importId);
            insert.setArray(2, connection.createArrayOf("int4", numbers));
            insert.setArray(3, connection.createArrayOf("text", outcomes));
            insert.setArray(4, connection.createArrayOf("text", externalIds));
            insert.setArray(5, connection.createArrayOf("text", activityIds));
            insert.setArray(6, connection.createArrayOf("text", problems));
            insert.setArray(7, connection.createArrayOf("text", notes));
            insert.executeUpdate();
        }
        try (PreparedStatement count = connection.prepareStatement(COUNT)) {
            count.setInt(1, counts[LineOutcome.CREATED.ordinal()]);
            count.setInt(2, counts[LineOutcome.UPDATED.ordinal()]);
            count.setInt(3, counts[LineOutcome.UNCHANGED.ordinal()]);
            count.setInt(4, counts[LineOutcome.REJECTED.ordinal()]);
            count.setObject(5, importId);
            count.executeUpdate();
        }
    }

    /** The report's lines in line order (of one outcome, or all), keyset-paged by line number. */
    public Page<LineResult> page(UUID importId, LineOutcome outcome, PageRequest page) {
        long after = (Long) BY_LINE.after(page).stream().findFirst().orElse(0L);
        return Page.of(page(importId, outcome, (int) Math.min(after, Integer.MAX_VALUE), page.fetchSize()), page,
                line -> BY_LINE.cursor((long) line.line()));
    }

    /**
     * An import's lines in line order, after line {@code afterLine}; {@code limit} rows at most (callers ask one
     * more than they show, to know whether a next page exists).
     */
    public List<LineResult> page(UUID importId, LineOutcome outcome, int afterLine, int limit) {
        String sql = "SELECT line, outcome, external_id, activity_id, problem::text, notes::text FROM bulk_import_line "
                + "WHERE import_id = ? AND line > ?" + (outcome == null ? "" : " AND outcome = ?") + " ORDER BY line LIMIT ?";
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            int p = 0;
            select.setObject(++p, importId);
            select.setInt(++p, afterLine);
            if (outcome != null) {
                select.setString(++p, outcome.value());
            }
            select.setInt(++p, limit);
            List<LineResult> lines = new ArrayList<>(limit);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    lines.add(new LineResult(rs.getInt(1), LineOutcome.fromValue(rs.getString(2)), rs.getString(3),
                            rs.getObject(4, UUID.class), read(rs.getString(5), Problem.class),
                            rs.getString(6) == null ? List.of() : json.readValue(rs.getString(6), NOTES)));
                }
            }
            return lines;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot read the lines of import " + importId, e);
        }
    }

    private <T> T read(String text, Class<T> type) throws JsonProcessingException {
        return text == null ? null : json.readValue(text, type);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an import line report", e);
        }
    }
}
