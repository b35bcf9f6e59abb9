package org.oas.migration.meetings.resolution.rest;

import java.util.List;
import org.oas.migration.meetings.directory.domain.OrganizationRef;
import org.oas.migration.meetings.resolution.domain.Paragraphs;
import org.oas.migration.meetings.resolution.domain.ResolutionStatus;
import org.oas.migration.meetings.resolution.persistence.ResolutionEntity;

public final class ResolutionMapper {

    private ResolutionMapper() {
    }

    public static ResolutionView toView(ResolutionEntity r, OrganizationRef body, String match) {
        return new ResolutionView(r.id, r.symbol, r.series, r.number, r.session,
                r.sessionType == null ? null : ("O".equals(r.sessionType) ? "regular" : "special"), r.year, r.title, body,
                r.adoptionDate, ResolutionStatus.fromValue(r.status), r.draftClassification, r.adoptedAs, List.copyOf(r.sponsors),
                List.copyOf(r.coSponsors), List.copyOf(r.preambular), List.copyOf(r.operative), List.copyOf(r.cites),
                List.copyOf(r.identifiers), r.version, r.createdAt, r.updatedAt, match);
    }

    public static ResolutionInput toInput(ResolutionEntity r) {
        return new ResolutionInput(List.copyOf(r.identifiers), r.symbol, r.title, r.bodyCode, r.adoptionDate,
                ResolutionStatus.fromValue(r.status), r.draftClassification, r.adoptedAs, List.copyOf(r.sponsors),
                List.copyOf(r.coSponsors),
                r.preambular.stream().map(p -> new ResolutionInput.PreambularInput(p.verb(), p.text())).toList(),
                r.operative.stream().map(ResolutionMapper::toInput).toList(), List.copyOf(r.cites));
    }

    private static ResolutionInput.OperativeInput toInput(Paragraphs.Operative p) {
        return new ResolutionInput.OperativeInput(p.number(), p.text(), p.mandates().stream()
                .map(m -> new ResolutionInput.MandateInput(m.addresseeCode(), m.dueSession(), m.dueDate())).toList());
    }
}
