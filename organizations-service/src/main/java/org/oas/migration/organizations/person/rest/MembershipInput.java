package org.oas.migration.organizations.person.rest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.migration.platform.text.LanguageMap;

@Schema(name = "MembershipInput", description = "A post to record: the organization (by code), the role as stated, its period.")
public record MembershipInput(
        @NotNull @Size(max = 64) @Schema(example = "oas-gs") String organizationCode,
        @NotEmpty @LanguageMap(maxLength = 500)
        @Schema(example = "{\"en\": \"Assistant Secretary General of the OAS\"}") Map<String, String> role,
        @Schema(example = "2005-07-19") LocalDate startDate,
        LocalDate endDate) {

    @AssertTrue(message = "endDate must not be before startDate")
    @Schema(hidden = true)
    @JsonIgnore
    public boolean isPeriodOrdered() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }
}
