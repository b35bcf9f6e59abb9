package org.oas.migration.programs.program.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.migration.platform.text.Identifier;
import org.oas.migration.platform.text.LanguageMap;
import org.oas.migration.programs.activity.domain.PartialDate;
import org.oas.migration.programs.activity.domain.Theme;
import org.oas.migration.programs.activity.domain.Activity;
import org.oas.migration.programs.program.domain.Program;
import org.oas.migration.programs.program.domain.ProgramStatus;

@Schema(name = "ProgramInput", description = "A programme: the organization that owns it, what it is about, the resolutions mandating it, its period.")
public record ProgramInput(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a lowercase slug such as oas-sedi-migration")
        @Schema(example = "oas-didh-migrant-workers") String code,
        @NotBlank @Size(max = 64) @Schema(description = "Organization code", example = "oas-didh") String owner,
        @NotEmpty @LanguageMap(maxLength = 1000) Map<String, String> title,
        @LanguageMap Map<String, String> description,
        @Size(max = Theme.COUNT) List<@NotNull Theme> themes,
        @Size(max = 100) List<Activity.@NotNull @Valid MandateRef> mandates,
        @Size(max = 10) @Pattern(regexp = PartialDate.PATTERN, message = "must be a date at year, month or day precision") @Schema(example = "2008") String start,
        @Size(max = 10) @Pattern(regexp = PartialDate.PATTERN, message = "must be a date at year, month or day precision") @Schema(example = "2009-06") String end,
        @NotNull ProgramStatus status,
        @Size(max = 20) List<@NotNull @Valid Identifier> identifiers) {

    public Program toProgram() {
        return new Program(code, owner, title, description, themes, mandates, start, end, status, identifiers);
    }

    /** The stored programme as a write body (what a merge patch starts from). */
    public static ProgramInput of(Program p) {
        return new ProgramInput(p.code(), p.owner(), p.title(), p.description(), p.themes(), p.mandates(), p.start(), p.end(), p.status(),
                p.identifiers());
    }
}
