package org.oas.migration.organizations.country.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oas.migration.organizations.country.persistence.CountryEntity;
import org.oas.migration.organizations.country.persistence.CountryList;
import org.oas.migration.platform.http.EntityTags;
import org.oas.migration.platform.http.QueryParams;
import org.oas.migration.platform.paging.PageParams;
import org.oas.migration.platform.paging.PageResponses;
import org.oas.migration.platform.problem.ApiException;

@Path("/v1/countries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Countries", description = "ISO 3166-1 reference data, with the 35 OAS member states flagged. Read-only.")
public class CountryResource {

    @Inject
    CountryList countries;

    /** Reference data changes only with a release, so its ETag is the data set's version. */
    private static final long DATASET_VERSION = 1;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listCountries", summary = "List countries", description = "Ordered by code.")
    @APIResponse(responseCode = "200", description = "A page of countries", content = @Content(schema = @Schema(implementation = CountryPage.class)))
    public Response list(
            @Parameter(description = "Only OAS member states (true) or only others (false)", example = "true") @QueryParam("oasMemberState") String oasMemberState,
            @BeanParam PageParams page) {
        Boolean oasMember = QueryParams.bool("oasMemberState", oasMemberState);
        return PageResponses.ok(countries.page(oasMember, page.request()).map(CountryResource::toView), uri);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getCountry", summary = "Get a country by ISO 3166-1 alpha-2 code",
            description = "Public. The code is matched without regard to case (`hn` is `HN`).")
    @APIResponse(responseCode = "200", description = "The country", content = @Content(schema = @Schema(implementation = CountryView.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response get(@Parameter(example = "MX") @PathParam("code") String code, @Context Request request) {
        CountryEntity country = CountryEntity.findById(code.toUpperCase(Locale.ROOT));
        if (country == null) {
            throw ApiException.notFound("Country '" + code + "'");
        }
        return EntityTags.conditionalGet(request, DATASET_VERSION, toView(country));
    }

    private static CountryView toView(CountryEntity c) {
        return new CountryView(c.code, c.names, c.oasMemberState);
    }

    @Schema(name = "CountryPage")
    public record CountryPage(List<CountryView> items, String nextCursor) {
    }
}
