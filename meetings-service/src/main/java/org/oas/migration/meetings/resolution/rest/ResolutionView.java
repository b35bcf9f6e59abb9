package org.oas.migration.meetings.resolution.rest;

import org.oas.migration.meetings.support.persistence.Listed;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.migration.meetings.directory.domain.OrganizationRef;
import org.oas.migration.meetings.resolution.persistence.Paragraphs;
import org.oas.migration.meetings.resolution.domain.ResolutionStatus;
import org.oas.migration.platform.text.Identifier;

@Schema(name = "Resolution", description = "A resolution or draft resolution, paragraph by paragraph.")
public record ResolutionView(
        UUID id,
        @Schema(example = "AG/RES. 2248 (XXXVI-O/06)", maxLength = 100) String symbol,
        @Schema(description = "Read from the symbol", example = "AG", maxLength = 100) String series,
        @Schema(example = "2248") Integer number,
        @Schema(description = "Session number (from the Roman numeral)", example = "36") Integer session,
        @Schema(description = "Read from the symbol", example = "regular", maxLength = 100) String sessionType,
        @Schema(example = "2006") Integer year,
        Map<String, String> title,
        OrganizationRef body,
        LocalDate adoptionDate,
        ResolutionStatus status,
        @Schema(maxLength = 100) String draftClassification,
        @Schema(maxLength = 100) String adoptedAs,
        @Schema(maxItems = 35) List<@Size(max = 2) String> sponsors,
        @Schema(maxItems = 35) List<@Size(max = 2) String> coSponsors,
        @Schema(maxItems = 200) List<Paragraphs.Preambular> preambular,
        @Schema(maxItems = 200) List<Paragraphs.Operative> operative,
        @Schema(maxItems = 300) List<@Size(max = 100) String> cites,
        @Schema(maxItems = 20) List<Identifier> identifiers,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "With q: the best matching fragment", maxLength = Listed.MATCH_MAX) String match) {
}
