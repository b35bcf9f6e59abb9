package org.oas.migration.meetings.meeting.rest;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.oas.migration.meetings.meeting.domain.MeetingKind;
import org.oas.migration.meetings.meeting.domain.MeetingStatus;
import org.oas.migration.meetings.meeting.persistence.MeetingFilter;
import org.oas.migration.meetings.support.rest.ListParams;
import org.oas.migration.meetings.symbol.SymbolKey;
import org.oas.migration.platform.http.QueryParams;

/** The filters of the meeting list, shared by the list and its facets: as query parameters, then as stored values. */
public class MeetingListParams {

    @Parameter(description = "Convening body (organization code)", example = "oas-pc")
    @QueryParam("body")
    public String body;

    @Parameter(description = "Kind", example = "special")
    @QueryParam("kind")
    public String kind;

    @Parameter(description = "Status", example = "held")
    @QueryParam("status")
    public String status;

    @Parameter(description = "Venue country (ISO alpha-2)", example = "US")
    @QueryParam("country")
    public String country;

    @Parameter(description = "An organization that convened, presented or took part (code)", example = "iom")
    @QueryParam("organization")
    public String organization;

    @Parameter(description = "Meetings a document belongs to: distributed there, under an agenda item, or its minutes (symbol)", example = "CP/INF. 5488/07")
    @QueryParam("document")
    public String document;

    @Parameter(description = "Meetings convened by this resolution (symbol)", example = "AG/RES. 2248 (XXXVI-O/06)")
    @QueryParam("convenedBy")
    public String convenedBy;

    @Parameter(description = "External identifier as scheme:value", example = "oas-seed:cp-special-2007-05-02")
    @QueryParam("identifier")
    public String identifier;

    @Parameter(description = "Starting on or after (YYYY-MM-DD)", example = "2013-01-01")
    @QueryParam("dateFrom")
    public String dateFrom;

    @Parameter(description = "Starting on or before (YYYY-MM-DD)", example = "2013-12-31")
    @QueryParam("dateTo")
    public String dateTo;

    @Parameter(description = "Full-text search in English or Spanish", example = "derechos humanos de los migrantes")
    @QueryParam("q")
    public String q;

    @Parameter(description = "Only meetings changed at or after this RFC 3339 time")
    @QueryParam("updatedSince")
    public String updatedSince;

    @Parameter(description = "Search language: en or es")
    @QueryParam("lang")
    public String lang;

    /** The filter as stored values; a 400 naming the parameter for a value that is not one. */
    public MeetingFilter filter(HttpHeaders headers) {
        return new MeetingFilter(ListParams.filter(q, lang, headers, dateFrom, dateTo, updatedSince),
                QueryParams.blankToNull(body), ListParams.read(kind, v -> MeetingKind.fromValue(v).value()),
                ListParams.read(status, v -> MeetingStatus.fromValue(v).value()), ListParams.upper(country),
                QueryParams.blankToNull(organization), ListParams.read(document, SymbolKey::of),
                ListParams.read(convenedBy, SymbolKey::of), QueryParams.identifier("identifier", identifier));
    }
}
