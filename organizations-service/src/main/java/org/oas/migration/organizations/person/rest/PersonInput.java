package org.oas.migration.organizations.person.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.migration.platform.text.Identifier;
import org.oas.migration.platform.text.LanguageMap;

@Schema(name = "PersonInput", description = "A person as written by an admin.")
public record PersonInput(
        @NotBlank @Size(max = 300) @Schema(example = "Albert R. Ramdin") String name,
        @LanguageMap(maxLength = 100) @Schema(example = "{\"en\": \"Ambassador\", \"es\": \"Embajador\"}") Map<String, String> honorificPrefix,
        @Size(max = 50) List<@Valid Identifier> identifiers,
        @Size(max = 200) List<@Valid MembershipInput> memberships) {

    public List<Identifier> identifiersOrEmpty() {
        return identifiers == null ? List.of() : identifiers;
    }

    public List<MembershipInput> membershipsOrEmpty() {
        return memberships == null ? List.of() : memberships;
    }
}
