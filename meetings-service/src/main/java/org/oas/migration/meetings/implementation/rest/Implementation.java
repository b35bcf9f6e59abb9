package org.oas.migration.meetings.implementation.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.oas.migration.meetings.implementation.persistence.ImplementingActivities;
import org.oas.migration.meetings.implementation.rest.ImplementationView.ImplementingActivity;
import org.oas.migration.meetings.implementation.rest.ImplementationView.ParagraphActivities;
import org.oas.migration.meetings.resolution.persistence.Paragraphs;
import org.oas.migration.meetings.resolution.persistence.ResolutionEntity;

/** The activity projection for one resolution, grouped by operative paragraph in printed order. */
@ApplicationScoped
public class Implementation {

    @Inject
    ImplementingActivities activities;

    public ImplementationView of(ResolutionEntity resolution) {
        Map<UUID, List<ImplementingActivity>> byParagraph = new LinkedHashMap<>();
        Map<UUID, Long> counts = new HashMap<>();
        List<ImplementingActivity> whole = new ArrayList<>();
        long wholeCount = 0;
        for (ImplementingActivities.Row row : activities.of(resolution.id, ImplementationView.SHOWN)) {
            ImplementingActivity activity = new ImplementingActivity(row.activityId(), row.titleJson(), row.status(),
                    row.reportingOrganizationJson(), "/v1/activities/" + row.activityId());
            if (row.paragraphId() == null) {
                whole.add(activity);
                wholeCount = row.inGroup();
            } else {
                byParagraph.computeIfAbsent(row.paragraphId(), p -> new ArrayList<>()).add(activity);
                counts.put(row.paragraphId(), row.inGroup());
            }
        }
        String symbol = Objects.requireNonNullElse(resolution.symbol, resolution.draftClassification);
        List<ParagraphActivities> paragraphs = resolution.operative.stream()
                .map(p -> paragraph(p, byParagraph.getOrDefault(p.id(), List.of()), counts.getOrDefault(p.id(), 0L))).toList();
        return new ImplementationView(resolution.id, symbol, paragraphs, wholeCount, whole, activityList(symbol));
    }

    private static ParagraphActivities paragraph(Paragraphs.Operative paragraph, List<ImplementingActivity> activities, long count) {
        return new ParagraphActivities(paragraph.id(), paragraph.number(), paragraph.text(), count, List.copyOf(activities),
                activityList(paragraph.id().toString()));
    }

    /** programs-service's paged list of the activities with this mandate (a paragraph id or a resolution symbol). */
    private static String activityList(String mandate) {
        return "/v1/activities?mandate=" + URLEncoder.encode(mandate, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
