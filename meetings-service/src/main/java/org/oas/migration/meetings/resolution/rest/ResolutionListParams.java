package org.oas.migration.meetings.resolution.rest;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.oas.migration.meetings.resolution.domain.ResolutionStatus;
import org.oas.migration.meetings.resolution.persistence.ResolutionFilter;
import org.oas.migration.meetings.support.rest.ListParams;
import org.oas.migration.meetings.symbol.SymbolKey;
import org.oas.migration.platform.http.QueryParams;

/** The filters of the resolution list, shared by the list and its facets: as query parameters, then as stored values. */
public class ResolutionListParams {

    @Parameter(description = "Adopting body (organization code)", example = "oas-ga")
    @QueryParam("body")
    public String body;

    @Parameter(description = "Status", example = "adopted")
    @QueryParam("status")
    public String status;

    @Parameter(description = "Symbol series", example = "AG")
    @QueryParam("series")
    public String series;

    @Parameter(description = "Sponsoring or co-sponsoring member state (ISO alpha-2)", example = "MX")
    @QueryParam("sponsor")
    public String sponsor;

    @Parameter(description = "Resolutions with a mandate addressed to this organization (code)", example = "oas-cam")
    @QueryParam("addressee")
    public String addressee;

    @Parameter(description = "Resolutions citing this symbol", example = "AG/RES. 2738 (XLII-O/12)")
    @QueryParam("cites")
    public String cites;

    @Parameter(description = "Symbol or draft classification, matched ignoring spacing, case and punctuation")
    @QueryParam("symbol")
    public String symbol;

    @Parameter(description = "Adopted on or after (YYYY-MM-DD)")
    @QueryParam("dateFrom")
    public String dateFrom;

    @Parameter(description = "Adopted on or before (YYYY-MM-DD)")
    @QueryParam("dateTo")
    public String dateTo;

    @Parameter(description = "Full-text search in English or Spanish", example = "migrantes trabajadores")
    @QueryParam("q")
    public String q;

    @Parameter(description = "Only resolutions changed at or after this RFC 3339 time")
    @QueryParam("updatedSince")
    public String updatedSince;

    @Parameter(description = "Search language: en or es")
    @QueryParam("lang")
    public String lang;

    /** The filter as stored values; a 400 naming the parameter for a value that is not one. */
    public ResolutionFilter filter(HttpHeaders headers) {
        return new ResolutionFilter(ListParams.filter(q, lang, headers, dateFrom, dateTo, updatedSince),
                QueryParams.blankToNull(body), ListParams.read(status, v -> ResolutionStatus.fromValue(v).value()),
                ListParams.upper(series), ListParams.read(ListParams.upper(sponsor), v -> v.replaceAll("[^A-Z]", "")), QueryParams.blankToNull(addressee),
                ListParams.read(cites, SymbolKey::of), ListParams.read(symbol, SymbolKey::of));
    }
}
