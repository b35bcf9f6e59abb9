package org.oas.migration.meetings.resolution.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.migration.meetings.resolution.domain.ResolutionStatus;
import org.oas.migration.platform.text.Identifier;
import org.oas.migration.platform.text.CountryCode;
import org.oas.migration.platform.text.LanguageMap;

@Schema(name = "ResolutionInput", description = "A resolution or draft resolution as written by an admin.")
public record ResolutionInput(
        @Size(max = 20) List<@Valid Identifier> identifiers,
        @Size(max = 100) @Schema(description = "Required once adopted", example = "AG/RES. 2248 (XXXVI-O/06)") String symbol,
        @NotEmpty @LanguageMap(maxLength = 1000) @Schema(example = "{\"en\": \"Migrant Populations and Migration Flows in the Americas\"}")
        Map<String, String> title,
        @NotBlank @Size(max = 64) @Schema(description = "Code of the adopting (for a draft: considering) body", example = "oas-ga") String bodyCode,
        @Schema(example = "2006-06-06") LocalDate adoptionDate,
        @NotNull @Schema(example = "adopted") ResolutionStatus status,
        @Size(max = 100) @Schema(description = "A draft's document symbol", example = "CIDI/CAM/doc.4/13 rev. 3") String draftClassification,
        @Size(max = 100) @Schema(description = "For a draft: the symbol of the resolution it became") String adoptedAs,
        @Size(max = 35) @Schema(example = "[\"MX\"]") List<@CountryCode @Size(max = 2) String> sponsors,
        @Size(max = 35) @Schema(example = "[\"EC\"]") List<@CountryCode @Size(max = 2) String> coSponsors,
        @Size(max = 200) List<@Valid PreambularInput> preambular,
        @Size(max = 200) List<@Valid OperativeInput> operative,
        @Size(max = 300) @Schema(description = "Symbols of the resolutions this one cites", example = "[\"AG/RES. 2738 (XLII-O/12)\"]")
        List<@NotBlank @Size(max = 100) String> cites) {

    @Schema(name = "PreambularParagraphInput")
    public record PreambularInput(@NotBlank @Size(max = 80) @Schema(example = "RECALLING") String verb,
                                  @NotEmpty @LanguageMap Map<String, String> text) {
    }

    @Schema(name = "OperativeParagraphInput")
    public record OperativeInput(
            @NotBlank @Pattern(regexp = "[0-9]{1,3}[a-z]{0,6}", message = "must be a paragraph number as printed, such as 5 or 5bis")
            @Size(max = 20) @Schema(example = "5bis") String number,
            @NotEmpty @LanguageMap Map<String, String> text,
            @Size(max = 20) List<@Valid MandateInput> mandates) {

        public List<MandateInput> mandatesOrEmpty() {
            return mandates == null ? List.of() : mandates;
        }
    }

    @Schema(name = "MandateInput")
    public record MandateInput(@NotBlank @Size(max = 64) @Schema(example = "oas-cam") String addresseeCode,
                               @LanguageMap(maxLength = 300) Map<String, String> dueSession,
                               LocalDate dueDate) {
    }

    public <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
