package org.oas.migration.meetings.implementation.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
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
        List<ImplementingActivity> whole = new ArrayList<>();
        for (ImplementingActivities.Row row : activities.of(resolution.id)) {
            ImplementingActivity activity = new ImplementingActivity(row.activityId(), row.titleJson(), row.status(),
                    row.reportingOrganizationJson(), "/v1/activities/" + row.activityId());
            if (row.paragraphId() == null) {
                whole.add(activity);
            } else {
                byParagraph.computeIfAbsent(row.paragraphId(), p -> new ArrayList<>()).add(activity);
            }
        }
        List<ParagraphActivities> paragraphs = resolution.operative.stream()
                .map(p -> paragraph(p, byParagraph.getOrDefault(p.id(), List.of()))).toList();
        return new ImplementationView(resolution.id, Objects.requireNonNullElse(resolution.symbol, resolution.draftClassification),
                paragraphs, whole);
    }

    private static ParagraphActivities paragraph(Paragraphs.Operative paragraph, List<ImplementingActivity> activities) {
        return new ParagraphActivities(paragraph.id(), paragraph.number(), paragraph.text(), List.copyOf(activities));
    }
}
