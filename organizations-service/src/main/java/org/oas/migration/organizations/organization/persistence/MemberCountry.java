package org.oas.migration.organizations.organization.persistence;

import org.oas.migration.platform.text.Codes;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.migration.platform.text.CountryCode;

/** A country's membership of an organization (a regional process, a subregional organization), with its dates. */
@Schema(name = "MemberCountry", description = "A member country of the organization, with start and end dates when known.")
public record MemberCountry(
        @NotNull @CountryCode @Schema(maxLength = Codes.COUNTRY_LENGTH, pattern = Codes.COUNTRY, example = "MX") String country,
        @Schema(example = "1996-03-13") LocalDate startDate,
        @Schema(example = "null") LocalDate endDate) {

    @AssertTrue(message = "endDate must not be before startDate")
    @Schema(hidden = true)
    @JsonIgnore
    public boolean isPeriodOrdered() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }
}
