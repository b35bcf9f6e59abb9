package org.oas.migration.organizations.country.rest;

import org.oas.migration.platform.text.Codes;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Country", description = "An ISO 3166-1 country or territory, with its names in the four OAS languages.")
public record CountryView(
        @Schema(maxLength = Codes.COUNTRY_LENGTH, pattern = Codes.COUNTRY, example = "MX") String code,
        @Schema(example = "{\"en\": \"Mexico\", \"es\": \"México\", \"fr\": \"Mexique\", \"pt\": \"México\"}") Map<String, String> names,
        @Schema(description = "One of the 35 OAS member states", example = "true") boolean oasMemberState) {
}
