package org.oas.migration.meetings.resolution.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.oas.migration.platform.text.Identifier;

/** A resolution or draft as an admin writes it; symbols are parsed and references checked here. */
public record ResolutionCommand(List<Identifier> identifiers, String symbol, Map<String, String> title, String bodyCode,
                                LocalDate adoptionDate, ResolutionStatus status, String draftClassification, String adoptedAs,
                                List<String> sponsors, List<String> coSponsors, List<Preambular> preambular,
                                List<Operative> operative, List<String> cites) {

    public ResolutionCommand {
        identifiers = orEmpty(identifiers);
        sponsors = orEmpty(sponsors);
        coSponsors = orEmpty(coSponsors);
        preambular = orEmpty(preambular);
        operative = orEmpty(operative);
        cites = orEmpty(cites);
    }

    public record Preambular(String verb, Map<String, String> text) {
    }

    public record Operative(String number, Map<String, String> text, List<Mandate> mandates) {

        public Operative {
            mandates = orEmpty(mandates);
        }
    }

    public record Mandate(String addresseeCode, Map<String, String> dueSession, LocalDate dueDate) {
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
