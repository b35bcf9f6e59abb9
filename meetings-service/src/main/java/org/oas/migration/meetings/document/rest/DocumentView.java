package org.oas.migration.meetings.document.rest;

import jakarta.validation.constraints.Size;
import org.oas.migration.meetings.support.persistence.Listed;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.migration.meetings.document.domain.DocumentKind;

@Schema(name = "Document", description = "An OAS document, identified by its symbol.")
public record DocumentView(
        UUID id,
        @Schema(maxLength = 100, example = "CP/OD-1592/07 rev. 1") String symbol,
        @Schema(description = "The symbol's series", maxLength = 100, example = "CP/OD") String series,
        @Schema(example = "1592") int number,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The year of the symbol; absent where the symbol has none (LC/L.2706)", example = "2007") Integer year,
        @Schema(example = "1") Integer revision,
        Integer corrigendum,
        Integer addendum,
        Map<String, String> title,
        @Schema(example = "2007-05-02") LocalDate date,
        DocumentKind kind,
        @Schema(maxItems = 4) List<@Size(max = 2) String> languages,
        @Schema(maxLength = 500, pattern = "^https?://\\S+$") String url,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "With q: the best matching fragment", maxLength = Listed.MATCH_MAX) String match) {
}
