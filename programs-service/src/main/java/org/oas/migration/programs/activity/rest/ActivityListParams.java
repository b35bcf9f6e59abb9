package org.oas.migration.programs.activity.rest;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.oas.migration.platform.http.Languages;
import org.oas.migration.platform.http.QueryParams;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.programs.activity.domain.ActivityStatus;
import org.oas.migration.programs.activity.domain.PartialDate;
import org.oas.migration.programs.activity.domain.Theme;
import org.oas.migration.programs.activity.persistence.ActivityFilter;
import org.oas.migration.programs.support.QueryValues;
import org.oas.migration.programs.support.Vocabulary;

/** The filters of the activity list, shared by the JSON list and the IATI export: as query parameters, then as stored values. */
public class ActivityListParams {

    @Parameter(description = "Reporting or participating organization (code)", example = "iom")
    @QueryParam("organization")
    public String organization;

    @Parameter(description = "Reporting organization (code)", example = "iom")
    @QueryParam("reportingOrganization")
    public String reporting;

    @Parameter(description = "Recipient country (ISO 3166-1 alpha-2)", example = "SV")
    @QueryParam("country")
    public String country;

    @Parameter(description = "Theme", example = "border-management")
    @QueryParam("theme")
    public String theme;

    @Parameter(description = "Status", example = "implementation")
    @QueryParam("status")
    public String status;

    @Parameter(description = "Active on or after (a date at year, month or day precision)", example = "2008")
    @QueryParam("from")
    public String from;

    @Parameter(description = "Active on or before (a date at year, month or day precision)", example = "2009-06")
    @QueryParam("to")
    public String to;

    @Parameter(description = "Mandate: an operative paragraph id, or a resolution symbol", example = "AG/RES. 2248 (XXXVI-O/06)")
    @QueryParam("mandate")
    public String mandate;

    @Parameter(description = "Programme code")
    @QueryParam("program")
    public String program;

    @Parameter(description = "The partner's external id (with reportingOrganization: a lookup)")
    @QueryParam("externalId")
    public String externalId;

    @Parameter(description = "Full-text search in English or Spanish", example = "frontera salud")
    @QueryParam("q")
    public String q;

    @Parameter(description = "Only activities changed at or after this RFC 3339 time")
    @QueryParam("updatedSince")
    public String updatedSince;

    @Parameter(description = "Search language: en or es")
    @QueryParam("lang")
    public String lang;

    /** The filter as stored values; a 400 naming the parameter for a value that is not one. */
    public ActivityFilter filter(HttpHeaders headers) {
        return new ActivityFilter(QueryValues.given(organization), QueryValues.given(reporting),
                QueryValues.given(country) == null ? null : country.trim().toUpperCase(Locale.ROOT),
                QueryValues.given(theme) == null ? null : Vocabulary.parse(Theme.class, "theme", theme.trim()).value(),
                QueryValues.given(status) == null ? null : ActivityStatus.fromValue(status.trim()).value(),
                QueryValues.given(from) == null ? null : date("from", from).first(), QueryValues.given(to) == null ? null : date("to", to).last(),
                QueryValues.given(mandate), QueryValues.given(program), QueryValues.given(externalId),
                QueryValues.given(updatedSince) == null ? null : QueryParams.dateTime("updatedSince", updatedSince),
                QueryParams.blankToNull(q), Languages.resolve(lang, headers));
    }

    private static PartialDate date(String field, String value) {
        return PartialDate.parse(value.trim()).orElseThrow(() -> ApiException.invalid(field, "must be a date at year, month or day precision (2008, 2008-01, 2008-01-15)"));
    }
}
