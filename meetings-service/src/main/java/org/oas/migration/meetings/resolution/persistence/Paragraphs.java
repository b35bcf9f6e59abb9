package org.oas.migration.meetings.resolution.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The stored (and public) shape of a resolution's paragraphs. */
public final class Paragraphs {

    private Paragraphs() {
    }

    @Schema(name = "PreambularParagraph", description = "A preambular paragraph: its opening verb and the rest of its text.")
    public record Preambular(@Schema(maxLength = 80, example = "RECALLING") String verb,
                             @Schema(example = "{\"en\": \"resolutions AG/RES. 2738 (XLII-O/12) ...\"}") Map<String, String> text) {
    }

    @Schema(name = "OperativeParagraph", description = "An operative paragraph with a stable id and its number as printed.")
    public record Operative(UUID id, @Schema(maxLength = 20, pattern = "^[0-9]{1,3}[a-z]{0,6}$", example = "5bis") String number,
                            Map<String, String> text, @Schema(maxItems = 20) List<Mandate> mandates) {
    }

    @Schema(name = "Mandate", description = "An instruction or request to a body, with its due session or date when stated.")
    public record Mandate(UUID addresseeId, @Schema(maxLength = 64, example = "oas-cam") String addresseeCode,
                          @Schema(example = "{\"en\": \"forty-fourth regular session of the General Assembly\"}") Map<String, String> dueSession,
                          LocalDate dueDate) {
    }
}
