package org.oas.migration.programs.program.domain;

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
public record ProgramView(UUID id, String code, OrganizationRef owner, Map<String, String> title, Map<String, String> description,
                          List<Theme> themes, List<ActivityView.Mandate> mandates, String start, String end, ProgramStatus status,
                          List<Identifier> identifiers, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
