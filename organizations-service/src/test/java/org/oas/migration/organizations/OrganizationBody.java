package org.oas.migration.organizations;

import static org.oas.migration.organizations.Fixtures.asAdmin;

import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An organization request body, built member by member (sent as JSON by REST Assured). */
public final class OrganizationBody {

    private final Map<String, Object> members = new LinkedHashMap<>();
    private final List<Map<String, String>> identifiers = new ArrayList<>();
    private final Map<String, String> acronyms = new LinkedHashMap<>();

    private OrganizationBody(String code) {
        members.put("code", code);
        members.put("type", "other");
        members.put("names", Map.of("en", "Organization " + code));
    }

    public static OrganizationBody organization(String code) {
        return new OrganizationBody(code);
    }

    public OrganizationBody names(Map<String, String> names) {
        members.put("names", Map.copyOf(names));
        return this;
    }

    public OrganizationBody parent(String parentCode) {
        members.put("parentCode", parentCode);
        return this;
    }

    public OrganizationBody identifier(String scheme, String value) {
        identifiers.add(Map.of("scheme", scheme, "value", value));
        return this;
    }

    public OrganizationBody acronym(String language, String acronym) {
        acronyms.put(language, acronym);
        return this;
    }

    public Map<String, Object> build() {
        Map<String, Object> body = new LinkedHashMap<>(members);
        if (!identifiers.isEmpty()) {
            body.put("identifiers", List.copyOf(identifiers));
        }
        if (!acronyms.isEmpty()) {
            body.put("acronyms", Map.copyOf(acronyms));
        }
        return body;
    }

    /** Creates it as admin; returns the 201 answer. */
    public ValidatableResponse create() {
        return asAdmin().body(build()).post("/v1/organizations").then().statusCode(201);
    }
}
