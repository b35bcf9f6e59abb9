package org.oas.migration.programs.program.domain;

import org.oas.migration.programs.activity.domain.PartialDate;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.migration.platform.text.Identifier;
import org.oas.migration.programs.activity.domain.Theme;
import org.oas.migration.programs.activity.domain.ActivityView;
import org.oas.migration.programs.directory.domain.OrganizationRef;
import org.oas.migration.programs.program.domain.ProgramStatus;

@Schema(name = "Program")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgramView(UUID id, @Schema(maxLength = 100, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$") String code, OrganizationRef owner,
                          Map<String, String> title, Map<String, String> description,
                          @Schema(maxItems = Theme.COUNT) List<Theme> themes, @Schema(maxItems = 100) List<ActivityView.Mandate> mandates,
                          @Schema(maxLength = 10, pattern = "^" + PartialDate.PATTERN + "$") String start, @Schema(maxLength = 10, pattern = "^" + PartialDate.PATTERN + "$") String end, ProgramStatus status,
                          @Schema(maxItems = 20) List<Identifier> identifiers, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
