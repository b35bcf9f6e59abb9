package org.oas.migration.meetings.implementation.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.oas.migration.meetings.implementation.rest.ImplementationView;
import org.oas.migration.meetings.implementation.rest.ImplementationView.ImplementingActivity;
import org.oas.migration.meetings.implementation.rest.ImplementationView.ParagraphActivities;
import org.oas.migration.meetings.resolution.domain.Paragraphs;
import org.oas.migration.meetings.resolution.persistence.ResolutionEntity;

/** Reads the activity projection for one resolution, grouped by operative paragraph in printed order. */
@ApplicationScoped
public class Implementation {

    @Inject
    EntityManager em;

    public ImplementationView of(ResolutionEntity resolution) {
        Map<UUID, List<ImplementingActivity>> byParagraph = new LinkedHashMap<>();
        List<ImplementingActivity> whole = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT m.paragraph_id, a.id, cast(a.title AS text), a.status, cast(a.reporting_organization AS text)
                FROM implementing_activity_mandate m JOIN implementing_activity a ON a.id = m.activity_id
                WHERE m.resolution_id = ?1 AND NOT a.deleted ORDER BY a.id""")
                .setParameter(1, resolution.id).getResultList();
        for (Object[] row : rows) {
            UUID activityId = (UUID) row[1];
            ImplementingActivity activity = new ImplementingActivity(activityId, (String) row[2], (String) row[3], (String) row[4],
                    "/v1/activities/" + activityId);
            if (row[0] == null) {
                whole.add(activity);
            } else {
                byParagraph.computeIfAbsent((UUID) row[0], p -> new ArrayList<>()).add(activity);
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
