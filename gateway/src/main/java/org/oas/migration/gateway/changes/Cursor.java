package org.oas.migration.gateway.changes;

import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.TopicPartition;
import org.oas.migration.platform.paging.KeyType;
import org.oas.migration.platform.paging.Keyset;
import org.oas.migration.platform.problem.ApiException;

/**
 * Where a reader stands in the feed: the next offset to read in each topic partition; partitions it does not name
 * start at their beginning. On the wire it is a platform cursor ({@link Keyset}, as every list's) holding the
 * `topic:partition:offset` entries, so its format and validation are the services' own.
 */
public record Cursor(Map<TopicPartition, Long> positions) {

    public static Cursor start() {
        return new Cursor(Map.of());
    }

    private static final Keyset FEED = Keyset.of("changes", KeyType.TEXT);

    /** A 400 problem naming {@code cursor} when the text is not a cursor this gateway issued. */
    public static Cursor parse(String text) {
        if (text == null || text.isBlank()) {
            return start();
        }
        String decoded = (String) FEED.decode(text).get(0);
        Map<TopicPartition, Long> positions = new TreeMap<>(Cursor::compare);
        if (decoded.isEmpty()) {
            return new Cursor(positions);
        }
        for (String entry : decoded.split(",")) {
            int second = entry.lastIndexOf(':');
            int first = second > 0 ? entry.lastIndexOf(':', second - 1) : -1;
            try {
                if (first <= 0) {
                    throw new NumberFormatException();
                }
                long offset = Long.parseLong(entry.substring(second + 1));
                int partition = Integer.parseInt(entry.substring(first + 1, second));
                if (offset < 0 || partition < 0) {
                    throw new NumberFormatException();
                }
                positions.put(new TopicPartition(entry.substring(0, first), partition), offset);
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                throw ApiException.invalid("cursor", "not a cursor issued by this feed; start again without it");
            }
        }
        return new Cursor(positions);
    }

    public Long position(TopicPartition partition) {
        return positions.get(partition);
    }

    public Cursor with(Map<TopicPartition, Long> moved) {
        Map<TopicPartition, Long> next = new TreeMap<>(Cursor::compare);
        next.putAll(positions);
        next.putAll(moved);
        return new Cursor(next);
    }

    public String encode() {
        StringBuilder text = new StringBuilder();
        positions.entrySet().stream()
                .sorted((a, b) -> compare(a.getKey(), b.getKey()))
                .forEach(e -> text.append(text.isEmpty() ? "" : ",")
                        .append(e.getKey().topic()).append(':').append(e.getKey().partition()).append(':').append(e.getValue()));
        return FEED.cursor(text.toString());
    }

    private static int compare(TopicPartition a, TopicPartition b) {
        int byTopic = a.topic().compareTo(b.topic());
        return byTopic != 0 ? byTopic : Integer.compare(a.partition(), b.partition());
    }
}
