package org.oas.migration.organizations.organization.rest;

import org.oas.migration.platform.text.Codes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.migration.organizations.organization.persistence.MemberCountry;
import org.oas.migration.organizations.organization.domain.OrganizationType;
import org.oas.migration.platform.text.Identifier;
import org.oas.migration.platform.text.CountryCode;
import org.oas.migration.platform.text.LanguageMap;

/** What a client sends to create or replace an organization. */
@Schema(name = "OrganizationInput", description = "An organization as written by an admin (or, for its own record, a partner).")
public record OrganizationInput(
        @Pattern(regexp = OrganizationInput.CODE_PATTERN, message = "must be a lowercase slug such as oas-iachr")
        @Size(max = 64)
        @Schema(description = "Stable lowercase slug; required on POST, taken from the path on PUT.", example = "iom")
        String code,
        @NotNull @Schema(example = "international-organization") OrganizationType type,
        @NotEmpty @LanguageMap(maxLength = 500)
        @Schema(example = "{\"en\": \"International Organization for Migration\", \"es\": \"Organización Internacional para las Migraciones\"}")
        Map<String, String> names,
        @LanguageMap(maxLength = 50) @Schema(example = "{\"en\": \"IOM\", \"es\": \"OIM\"}") Map<String, String> acronyms,
        @LanguageMap @Schema(example = "{\"en\": \"Intergovernmental organization in the field of migration.\"}")
        Map<String, String> description,
        @Pattern(regexp = OrganizationInput.CODE_PATTERN, message = "must be an organization code")
        @Size(max = 64) @Schema(description = "Code of the parent organization in the hierarchy.", example = "un")
        String parentCode,
        @CountryCode @Schema(maxLength = Codes.COUNTRY_LENGTH, pattern = Codes.COUNTRY, description = "For member states, national societies and government agencies.", example = "HN")
        String country,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        @Schema(example = "https://www.iom.int") String website,
        @Size(max = 50) List<@Valid Identifier> identifiers,
        @Size(max = 300) List<@Valid MemberCountry> memberCountries) {

    public static final String CODE_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    public List<Identifier> identifiersOrEmpty() {
        return identifiers == null ? List.of() : identifiers;
    }

    public List<MemberCountry> memberCountriesOrEmpty() {
        return memberCountries == null ? List.of() : memberCountries;
    }
}
