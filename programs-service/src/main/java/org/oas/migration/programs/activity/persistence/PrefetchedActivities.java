package org.oas.migration.programs.activity.persistence;

import jakarta.transaction.TransactionScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The live activities a batch of writes names, read with one query when the batch starts instead of one query per
 * line. Per transaction: what it says holds only for that transaction's view of the table.
 */
@TransactionScoped
public class PrefetchedActivities {

    private record NaturalKey(String reportingOrgCode, String externalId) {
    }

    /** External ids whose live activities (of every organization) were read. */
    private final Set<String> covered = new HashSet<>();
    private final Map<NaturalKey, ActivityEntity> found = new HashMap<>();

    public void load(Collection<String> externalIds) {
        List<String> ids = externalIds.stream().filter(Objects::nonNull).map(String::trim).distinct().toList();
        if (ids.isEmpty()) {
            return;
        }
        ActivityEntity.liveByExternalIds(ids).forEach(activity -> found.put(new NaturalKey(activity.reportingOrgCode, activity.externalId), activity));
        covered.addAll(ids);
    }

    public boolean covers(String externalId) {
        return covered.contains(externalId);
    }

    /** The live activity with this natural key as loaded, or null; only meaningful when {@link #covers} says so. */
    public ActivityEntity get(String reportingOrgCode, String externalId) {
        return found.get(new NaturalKey(reportingOrgCode, externalId));
    }

    /**
     * Written in this transaction: later lines naming it ask the database again, as they would without a prefetch
     * (a second create of the same id then fails at commit and the batch is retried line by line).
     */
    public void forget(String externalId) {
        covered.remove(externalId);
    }
}
