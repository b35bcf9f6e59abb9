package org.oas.migration.meetings.document.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.migration.meetings.document.domain.DocumentKind;
import org.oas.migration.platform.text.LanguageMap;

@Schema(name = "DocumentInput", description = "A document as written by an admin.")
public record DocumentInput(
        @NotBlank @Size(max = 100) @Schema(example = "CP/OD-1592/07 rev. 1") String symbol,
        @NotEmpty @LanguageMap(maxLength = 1000)
        @Schema(example = "{\"en\": \"Order of business of the special meeting of May 2, 2007\", \"es\": \"Orden del día de la sesión extraordinaria del 2 de mayo de 2007\"}")
        Map<String, String> title,
        @Schema(example = "2007-05-02") LocalDate date,
        @NotNull @Schema(example = "order-of-business") DocumentKind kind,
        @Size(max = 4) @Schema(example = "[\"en\", \"es\"]") List<@Pattern(regexp = "en|es|fr|pt", message = "must be en, es, fr or pt") String> languages,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String url) {

    public List<String> languagesOrEmpty() {
        return languages == null ? List.of() : languages;
    }
}
