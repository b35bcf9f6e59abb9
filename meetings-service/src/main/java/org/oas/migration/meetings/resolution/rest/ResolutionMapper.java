package org.oas.migration.meetings.resolution.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.oas.migration.meetings.directory.domain.Directory;
import org.oas.migration.meetings.resolution.domain.ResolutionCommand;
import org.oas.migration.meetings.resolution.domain.ResolutionStatus;
import org.oas.migration.meetings.resolution.persistence.Paragraphs;
import org.oas.migration.meetings.resolution.persistence.ResolutionEntity;
import org.oas.migration.meetings.support.domain.EventBody;

/** Resolutions to and from the wire, the adopting body named from the directory; the view is also what meetings.v1 announces. */
@ApplicationScoped
public class ResolutionMapper implements EventBody<ResolutionEntity> {

    @Inject
    Directory directory;

    @Override
    public Object of(ResolutionEntity stored) {
        return toView(stored, null);
    }

    public ResolutionView toView(ResolutionEntity r, String match) {
        return new ResolutionView(r.id, r.symbol, r.series, r.number, r.session,
                r.sessionType == null ? null : ("O".equals(r.sessionType) ? "regular" : "special"), r.year, r.title,
                directory.ref(r.bodyId, r.bodyCode),
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

    public static ResolutionCommand toCommand(ResolutionInput in) {
        return new ResolutionCommand(in.identifiers(), in.symbol(), in.title(), in.bodyCode(), in.adoptionDate(), in.status(),
                in.draftClassification(), in.adoptedAs(), in.sponsors(), in.coSponsors(),
                in.orEmpty(in.preambular()).stream().map(p -> new ResolutionCommand.Preambular(p.verb(), p.text())).toList(),
                in.orEmpty(in.operative()).stream().map(p -> new ResolutionCommand.Operative(p.number(), p.text(),
                        p.mandatesOrEmpty().stream().map(m -> new ResolutionCommand.Mandate(m.addresseeCode(), m.dueSession(), m.dueDate()))
                                .toList())).toList(),
                in.cites());
    }

    private static ResolutionInput.OperativeInput toInput(Paragraphs.Operative p) {
        return new ResolutionInput.OperativeInput(p.number(), p.text(), p.mandates().stream()
                .map(m -> new ResolutionInput.MandateInput(m.addresseeCode(), m.dueSession(), m.dueDate())).toList());
    }
}
