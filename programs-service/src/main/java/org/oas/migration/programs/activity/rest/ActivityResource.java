package org.oas.migration.programs.activity.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oas.migration.platform.endpoint.Endpoints;
import org.oas.migration.platform.http.Representation;
import org.oas.migration.platform.idempotency.IdempotentPost;
import org.oas.migration.platform.json.RawJson;
import org.oas.migration.platform.paging.Page;
import org.oas.migration.platform.paging.PageParams;
import org.oas.migration.platform.paging.PageRequest;
import org.oas.migration.platform.paging.PageResponses;
import org.oas.migration.platform.paging.Sort;
import org.oas.migration.platform.patch.JsonMergePatch;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.security.Caller;
import org.oas.migration.platform.security.Roles;
import org.oas.migration.programs.activity.domain.ActivityService;
import org.oas.migration.programs.activity.domain.ActivityView;
import org.oas.migration.programs.activity.domain.ActivityWriteResult;
import org.oas.migration.programs.activity.persistence.ActivityEntity;
import org.oas.migration.programs.activity.persistence.ActivityFilter;
import org.oas.migration.programs.activity.persistence.ActivityList;
import org.oas.migration.programs.activity.persistence.ActivityRevisionList;
import org.oas.migration.programs.activity.persistence.ContactVisibility;
import org.oas.migration.programs.iati.domain.IatiCodes;
import org.oas.migration.programs.persistence.ViewQuery;
import org.oas.migration.programs.support.Actors;

@Path("/v1/activities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activities", description = "What organizations do on migration, as they report it; partners keep their own activities up to date.")
public class ActivityResource {

    static final String EXPORT_PATH = "`GET /v1/activities/export/iati`";

    static final String IATI_SCHEMA = "An IATI 2.03 iati-activities document (https://iatistandard.org/en/iati-standard/203/activity-standard/)";

    static final String OMITTED_DESCRIPTION = "How many activities matching the filters the document leaves out because they lack "
            + "what the IATI schema requires: a reporting organization with an iati-org-id identifier, a description, a "
            + "participating organization, a date";

    static final String EXPORT_DESCRIPTION = """
            The activities matching the filters of `GET /v1/activities` (the same parameters, no `limit` or `cursor`) as one \
            IATI 2.03 `iati-activities` document, streamed; the same as `GET /v1/activities` with \
            `Accept: application/vnd.iati.activities+xml`, as a URL to link to. Newest first (by relevance with `q`).

            The mapping is the inverse of the IATI import's (`POST /v1/imports`), so an exported activity imported again is \
            `unchanged` as far as the mapping carries it: `iati-identifier` <- the activity's `iati-activity-id` identifier, else \
            `externalId` when it begins with the reporting organization's IATI identifier and a hyphen, else \
            `<reporting-org ref>-<externalId>` (then `externalId` is also an `other-identifier` of type A1, and an import of the \
            document would create a new activity); `reporting-org` <- the registry's `iati-org-id` of the reporting organization, \
            its type and names; `title`/`description` <- one narrative per language; `participating-org` <- roles 1-4 (`@ref` \
            where the organization has an `iati-org-id`); `activity-status` 1-6; `activity-date` types 1-4 (a date at year or \
            month precision is written as its first day for a start, its last day for an end); `recipient-country`; themes -> \
            DAC `sector` codes (the first code of the import's table for each theme; themes it does not name are left out); \
            web documents -> `document-link` (category A12); `sourceUpdatedAt` -> `last-updated-datetime`. Contacts -> \
            `contact-info`: e-mail and telephone only for admins and the reporting organization's partner, as in JSON (the \
            import does not read contacts). Not written: programme, geographic coverage, beneficiaries, mandates, documents \
            of meetings-service.

            Activities lacking what the IATI schema requires (a reporting organization with an `iati-org-id`, a description, a \
            participating organization, a date) are left out and counted in the `IATI-Omitted-Activities` header. A filter \
            matching no activity gives an empty `iati-activities` element.""";

    @Inject
    ActivityService service;

    @Inject
    ActivityRevisionList revisionList;

    @Inject
    Endpoints endpoints;

    @Inject
    Caller caller;

    @Inject
    SecurityIdentity identity;

    @Inject
    ActivityList activities;

    @Inject
    ActivityIatiExport export;

    @Context
    UriInfo uri;

    @GET
    @Produces({MediaType.APPLICATION_JSON, IatiCodes.MEDIA_TYPE, MediaType.APPLICATION_XML})
    @Operation(operationId = "listActivities", summary = "List and search activities",
            description = "Newest first; with `q`, by relevance over titles, descriptions, coverage and beneficiaries (English or Spanish). "
                    + "Contacts' e-mail and phone appear only for admins and, on its own activities, the reporting partner. "
                    + "Cursor paging; `updatedSince` for syncing.\n\n"
                    + "With `Accept: application/vnd.iati.activities+xml` (or `application/xml`): every matching activity as one IATI 2.03 "
                    + "document, streamed (no `limit` or `cursor`); see " + EXPORT_PATH + " for the mapping.")
    @APIResponse(responseCode = "200", description = "A page of activities, or (by Accept) the matching activities as IATI 2.03 XML",
            headers = @Header(name = ActivityIatiExport.OMITTED_HEADER, description = OMITTED_DESCRIPTION,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0", maximum = "9223372036854775807")),
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityPage.class)),
                    @Content(mediaType = IatiCodes.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description = IATI_SCHEMA)),
                    @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = SchemaType.STRING, description = IATI_SCHEMA))})
    public Response list(@BeanParam ActivityListParams params, @BeanParam ActivitySortParam sort, @BeanParam PageParams page,
                         @Context HttpHeaders headers) {
        ActivityFilter filter = params.filter(headers);
        Sort order = sort.sort();
        MediaType iati = iatiType(headers);
        if (iati != null) {
            return export.list(filter, contactVisibility(), iati, uri);
        }
        Page<ViewQuery.Row> rows = activities.page(filter, contactVisibility(), page.request(), order);
        return PageResponses.ok(rows.map(row -> RawJson.of(row.view())), uri);
    }

    @GET
    @Path("/export/iati")
    @Produces({IatiCodes.MEDIA_TYPE, MediaType.APPLICATION_XML})
    @Operation(operationId = "exportActivitiesIati", summary = "Export activities as IATI 2.03 XML",
            description = EXPORT_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The matching activities as one IATI 2.03 iati-activities document",
            headers = @Header(name = ActivityIatiExport.OMITTED_HEADER, description = OMITTED_DESCRIPTION,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0", maximum = "9223372036854775807")),
            content = {@Content(mediaType = IatiCodes.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description = IATI_SCHEMA)),
                    @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = SchemaType.STRING, description = IATI_SCHEMA))})
    public Response exportIati(@BeanParam ActivityListParams params, @Context HttpHeaders headers) {
        MediaType type = Objects.requireNonNullElse(iatiType(headers), MediaType.valueOf(IatiCodes.MEDIA_TYPE));
        return export.list(params.filter(headers), contactVisibility(), type, uri);
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, IatiCodes.MEDIA_TYPE, MediaType.APPLICATION_XML})
    @Operation(operationId = "getActivity", summary = "Get an activity",
            description = "Contacts' e-mail and phone appear only for admins and the reporting organization's partner token. "
                    + "With `Accept: application/vnd.iati.activities+xml` (or `application/xml`): a one-activity IATI 2.03 document "
                    + "(see " + EXPORT_PATH + "); 406 naming what is missing when the activity lacks what IATI requires.")
    @APIResponse(responseCode = "200", description = "The activity (JSON, or by Accept a one-activity IATI 2.03 document)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityView.class)),
                    @Content(mediaType = IatiCodes.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description = IATI_SCHEMA)),
                    @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = SchemaType.STRING, description = IATI_SCHEMA))})
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "406", description = "No such representation: an Accept the API does not answer, or IATI XML of an "
            + "activity IATI cannot represent (`errors` names what it lacks)")
    public Response get(@PathParam("id") String id, @Context Request request, @Context HttpHeaders headers) {
        ActivityEntity activity = service.requireLive(id);
        ContactVisibility contacts = contactVisibility();
        MediaType iati = iatiType(headers);
        if (iati != null) {
            ActivityView view = contacts.showsInFull(activity.reportingOrgCode)
                    ? service.view(activity).seenBy(contacts, service.stored(activity)) : service.view(activity);
            return export.one(view, iati);
        }
        // Most readers get the stored JSON as it is; only those who see contacts in full need it rebuilt.
        Object body = contacts.showsInFull(activity.reportingOrgCode)
                ? service.view(activity).seenBy(contacts, service.stored(activity)) : RawJson.of(activity.view);
        return Endpoints.get(request, new Representation(activity.id, activity.version, body));
    }

    @PUT
    @Path("/by-external-id/{externalId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Transactional
    @Operation(operationId = "upsertActivity", summary = "Create or replace an activity by the partner's external id",
            description = "The partner push API. 201 when created, 200 when changed or unchanged (the same body twice is one revision "
                    + "and one event). A partner token may write only activities its own organization reports. Honours If-Match.")
    @APIResponse(responseCode = "200", description = "Replaced or unchanged", content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ActivityView.class)))
    public Response upsert(@PathParam("externalId") String externalId, @NotNull @Valid ActivityInput input, @HeaderParam("If-Match") String ifMatch) {
        if (!externalId.equals(input.externalId())) {
            throw ApiException.invalid("externalId", "must equal the path's external id '" + externalId + "'");
        }
        ActivityService.Written written = service.put(Actors.of(caller), input.toActivity(), ifMatch);
        return written.result().outcome() == ActivityWriteResult.Outcome.CREATED
                ? Endpoints.created(uri, "v1/activities", view(written)) : Endpoints.ok(view(written));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Transactional
    @Operation(operationId = "createActivity", summary = "Create an activity",
            description = "409 when the reporting organization already has this external id. Honours `Idempotency-Key`.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ActivityView.class)))
    public Response create(@NotNull @Valid ActivityInput input, @HeaderParam(IdempotentPost.HEADER) String key) {
        return endpoints.create(uri, "v1/activities", key, input, () -> view(service.create(Actors.of(caller), input.toActivity())));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(JsonMergePatch.MEDIA_TYPE)
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Transactional
    @Operation(operationId = "patchActivity", summary = "Change some fields of an activity",
            description = "JSON Merge Patch on the write body; arrays are replaced whole. Honours If-Match.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = ActivityView.class)))
    public Response patch(@PathParam("id") String id, @RequestBody(content = @Content(mediaType = JsonMergePatch.MEDIA_TYPE, schema = @Schema(ref = "ActivityInputPatch"))) @NotNull JsonNode patch, @HeaderParam("If-Match") String ifMatch) {
        return Endpoints.ok(view(service.change(Actors.of(caller), id,
                stored -> endpoints.patch(ActivityInput.of(stored), patch, ActivityInput.class).toActivity(), ifMatch)));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Transactional
    @Operation(operationId = "deleteActivity", summary = "Delete an activity (soft)", description = "Honours If-Match. A deletion event is published.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(Actors.of(caller), id, ifMatch);
        return Endpoints.deleted();
    }

    @GET
    @Path("/{id}/revisions")
    @Operation(operationId = "listActivityRevisions", summary = "Every change of an activity",
            description = "Newest first: who (the writing organization; its client id for admins and that organization's partners), when, "
                    + "and each changed field. Contacts by name only.")
    @APIResponse(responseCode = "200", description = "A page of revisions", content = @Content(schema = @Schema(implementation = RevisionPage.class)))
    public Response revisions(@PathParam("id") String id, @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        UUID activityId = service.requireLive(id).id;
        // A writer's client id is a credential's name (the token endpoint limits attempts per client id): shown only to
        // those who see that organization's private details, by the same rule as contacts.
        ContactVisibility readers = contactVisibility();
        Page<RevisionView> revisions = revisionList.page(activityId, PageRequest.of(limit, cursor)).map(r -> new RevisionView(
                r.version, r.action, r.changedAt, readers.showsInFull(r.organization) ? r.clientId : null, r.organization, r.changes));
        return PageResponses.ok(revisions, uri);
    }

    /**
     * The IATI media type the request asks for, or null when it asks for JSON: the first of its Accept types (most
     * preferred first) that one of JSON, IATI XML or XML matches, in that order, as JAX-RS chose among the method's.
     */
    private static MediaType iatiType(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return null;
            }
            for (String type : ActivityIatiExport.MEDIA_TYPES) {
                if (accepted.isCompatible(MediaType.valueOf(type))) {
                    return MediaType.valueOf(type);
                }
            }
        }
        return null;
    }

    /** Who this caller is for the contact rule: an admin, the partner of one organization, or anyone else. */
    private ContactVisibility contactVisibility() {
        return ContactVisibility.of(caller.isAdmin(), identity.hasRole(Roles.PARTNER) ? caller.organization() : Optional.empty());
    }

    private Representation view(ActivityService.Written written) {
        ActivityWriteResult result = written.result();
        return new Representation(result.id(), result.version(), written.view().seenBy(contactVisibility(), written.activity()));
    }

    @Schema(name = "ActivityPage")
    public record ActivityPage(List<ActivityView> items, String nextCursor) {
    }

    @Schema(name = "ActivityRevisionPage")
    public record RevisionPage(List<RevisionView> items, String nextCursor) {
    }
}
