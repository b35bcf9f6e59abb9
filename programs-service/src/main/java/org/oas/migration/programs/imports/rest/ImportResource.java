package org.oas.migration.programs.imports.rest;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oas.migration.platform.http.QueryParams;
import org.oas.migration.platform.paging.Page;
import org.oas.migration.platform.paging.PageParams;
import org.oas.migration.platform.paging.PageRequest;
import org.oas.migration.platform.paging.PageResponses;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.security.Caller;
import org.oas.migration.platform.security.Roles;
import org.oas.migration.programs.activity.domain.WriteActor;
import org.oas.migration.programs.imports.domain.ImportFormat;
import org.oas.migration.programs.imports.domain.ImportService;
import org.oas.migration.programs.imports.persistence.LineOutcome;
import org.oas.migration.programs.imports.persistence.LineResult;
import org.oas.migration.programs.imports.persistence.ImportEntity;
import org.oas.migration.programs.imports.persistence.ImportList;
import org.oas.migration.programs.imports.persistence.ImportLineStore;

@Path("/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "Bulk push of activities by partners: NDJSON or IATI 2.03 XML, with a per-line report.")
public class ImportResource {

    private static final String DESCRIPTION = """
            Creates, updates or leaves unchanged many activities at once, each line exactly as \
            `PUT /v1/activities/by-external-id/{externalId}` would (same body, same validation, same events on `programs.v1`). \
            **Synchronous**: the import runs while the request waits and the answer is the finished import (201, `Location`).

            Formats, by `Content-Type`:
            - `application/x-ndjson`: one activity write body per line (blank lines skipped, line numbers as in the file);
            - `application/xml` or `application/vnd.iati.activities+xml`: an IATI 2.03 `iati-activities` document; each \
            `iati-activity` is one line of the report, numbered from 1. Mapping: `iati-identifier` -> `externalId` and an \
            `iati-activity-id` identifier; `reporting-org/@ref` -> `reportingOrganization` (the registry organization with that \
            `iati-org-id`); `title`/`description` narratives -> language maps (en, es, fr, pt; others left out with a note); \
            `activity-status` 1-6 -> pipeline, implementation, finalisation, closed, cancelled, suspended; `activity-date` types \
            1-4 -> plannedStart, actualStart, plannedEnd, actualEnd; `recipient-country`; `participating-org` roles 1-4 -> \
            funding, accountable, partner (IATI "extending"), implementing (organizations missing from the registry are left \
            out with a note); DAC 5-digit `sector` codes -> themes (e.g. 15190 -> migration-policy, 15160 -> human-rights, \
            24050 -> remittances, 72010 -> emergency-response; other codes ignored); `document-link` -> documents (url, title); \
            `last-updated-datetime` -> sourceUpdatedAt.

            Every line gets an outcome: created, updated, unchanged or rejected with its problem (malformed JSON, unknown field, \
            unknown country, organization or document, end before start...). A rejected line never blocks the others. A \
            partner may import only its own organization's activities: other lines are rejected with a 403 problem. Up to \
            100,000 lines and 256 MB, streamed; a larger body is a 413 and nothing is written. Lines are committed in batches; \
            a line's change, revision, event and report row commit together. `dryRun=true` validates every line and reports \
            what would happen, writing no activity, revision or event (the import itself is kept, with `dryRun: true`).""";

    /** oas.imports.max-body-size's default (256 MB): no body of more bytes is read, so no longer text either. */
    private static final int MAX_BODY_CHARS = 256 * 1024 * 1024;

    @Inject
    ImportService imports;

    @Inject
    ImportLineStore lines;

    @Inject
    ImportList importList;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @POST
    @Blocking
    @Consumes({ImportFormat.NDJSON_TYPE, ImportFormat.XML_TYPE, ImportFormat.IATI_TYPE, ImportFormat.TEXT_XML_TYPE})
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(operationId = "createImport", summary = "Import activities (NDJSON or IATI 2.03 XML)", description = DESCRIPTION)
    @RequestBody(required = true, content = {
            @Content(mediaType = ImportFormat.NDJSON_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = MAX_BODY_CHARS),
                    example = "{\"externalId\":\"XM-DAC-47066-SV-2008-017\",\"reportingOrganization\":\"iom\",\"title\":{\"en\":\"Assistance to migrants in transit\"},\"status\":\"closed\",\"recipientCountries\":[\"SV\",\"HN\"]}\n"),
            @Content(mediaType = ImportFormat.IATI_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = MAX_BODY_CHARS)),
            @Content(mediaType = ImportFormat.XML_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = MAX_BODY_CHARS))})
    @APIResponse(responseCode = "201", description = "The finished import with its counts and first rejected lines",
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "413", description = "More than 100,000 lines or 256 MB: nothing was written",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response create(InputStream body,
                           @Parameter(description = "true: validate and report only, write nothing") @QueryParam("dryRun") String dryRun,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        ImportFormat format = ImportFormat.ofContentType(contentType);
        boolean dry = Boolean.TRUE.equals(QueryParams.bool("dryRun", dryRun));
        ImportEntity done = imports.run(actor(), format, dry, body);
        return Response.created(uri.getBaseUriBuilder().path("v1/imports").path(done.id.toString()).build())
                .entity(view(done)).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(operationId = "listImports", summary = "List imports",
            description = "Newest first, cursor paged. A partner sees its own organization's imports; admins see every import, "
                    + "or one organization's with `organization`. Each item is the import as `GET /v1/imports/{id}` shows it, "
                    + "without its `lines` (every line is at `linesHref`).")
    @APIResponse(responseCode = "200", description = "A page of imports", content = @Content(schema = @Schema(implementation = ImportPage.class)))
    @APIResponse(responseCode = "403", description = "A partner asked for another organization's imports",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response list(@Parameter(description = "Only this partner organization's imports (code); a partner may name only its own", example = "iom")
                         @QueryParam("organization") String organization,
                         @Parameter(description = "Only imports that changed at or after this RFC 3339 time: finished then, or still processing")
                         @QueryParam("updatedSince") String updatedSince,
                         @BeanParam PageParams page) {
        Page<ImportView> result = importList.page(listedOrganization(QueryParams.blankToNull(organization)),
                QueryParams.dateTime("updatedSince", updatedSince), page.request()).map(ImportMapper::toListItem);
        return PageResponses.ok(result, uri);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(operationId = "getImport", summary = "Get an import",
            description = "Its status, counts and first rejected lines. Visible to admins and to the partner organization that imported.")
    @APIResponse(responseCode = "200", description = "The import", content = @Content(schema = @Schema(implementation = ImportView.class)))
    public ImportView get(@PathParam("id") String id) {
        return view(visible(id));
    }

    @GET
    @Path("/{id}/lines")
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(operationId = "listImportLines", summary = "List the lines of an import",
            description = "Every line of the report in line order, optionally of one outcome. Cursor paged.")
    @APIResponse(responseCode = "200", description = "A page of lines", content = @Content(schema = @Schema(implementation = ImportLinePage.class)))
    public Response lines(@PathParam("id") String id,
                          @Parameter(description = "created | updated | unchanged | rejected", example = "rejected") @QueryParam("outcome") String outcome,
                          @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("limit") String limit,
                          @Parameter(description = "Opaque cursor from the previous page") @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        LineOutcome only = QueryParams.blankToNull(outcome) == null ? null : LineOutcome.fromValue(outcome.trim());
        ImportEntity entity = visible(id);
        Page<ImportLineView> result = lines.page(entity.id, only, page).map(ImportMapper::toView);
        return PageResponses.ok(result, uri);
    }

    private ImportView view(ImportEntity entity) {
        return ImportMapper.toView(entity, lines.page(entity.id, LineOutcome.REJECTED, 0, ImportMapper.REJECTED_SHOWN));
    }

    /** Whose imports a list shows: an admin's choice (null: all); a partner's own organization (naming another is a 403). */
    private String listedOrganization(String asked) {
        if (caller.isAdmin()) {
            return asked;
        }
        String own = caller.organization().orElseThrow(() -> ApiException.forbidden(
                "An import is visible to admins and to the organization that sent it; this token names no organization"));
        if (asked != null && !asked.equals(own)) {
            throw ApiException.forbidden("A partner sees only its own organization's imports (" + own + ")");
        }
        return own;
    }

    /** Admins see every import; a partner only its own organization's. */
    private ImportEntity visible(String id) {
        UUID importId = QueryParams.uuid("id", id);
        ImportEntity entity = imports.find(importId).orElseThrow(() -> ApiException.notFound("Import " + id));
        if (!caller.isAdmin() && (entity.organization == null || !caller.mayWriteFor(entity.organization))) {
            throw ApiException.forbidden("An import is visible to admins and to the organization that sent it");
        }
        return entity;
    }

    private WriteActor actor() {
        boolean admin = caller.isAdmin();
        return new WriteActor(caller.clientId(), admin ? null : caller.organization().orElse(null), admin);
    }
}
