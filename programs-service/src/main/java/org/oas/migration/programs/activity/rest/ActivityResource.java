package org.oas.migration.programs.activity.rest;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oas.migration.platform.endpoint.Endpoints;
import org.oas.migration.platform.http.Representation;
import org.oas.migration.platform.http.Languages;
import org.oas.migration.platform.http.QueryParams;
import org.oas.migration.platform.idempotency.IdempotentPost;
import org.oas.migration.platform.paging.Page;
import org.oas.migration.platform.paging.PageParams;
import org.oas.migration.platform.paging.PageRequest;
import org.oas.migration.platform.paging.PageResponses;
import org.oas.migration.platform.patch.JsonMergePatch;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.security.Caller;
import org.oas.migration.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.Optional;
import org.oas.migration.programs.activity.persistence.ActivityFilter;
import org.oas.migration.programs.activity.domain.ActivityService;
import org.oas.migration.programs.activity.domain.ActivityView;
import org.oas.migration.programs.activity.domain.ActivityWriteResult;
import org.oas.migration.programs.activity.persistence.ContactVisibility;
import org.oas.migration.programs.activity.persistence.ActivityList;
import org.oas.migration.programs.activity.persistence.ActivityRevisionList;
import org.oas.migration.programs.activity.domain.ActivityStatus;
import org.oas.migration.programs.activity.domain.PartialDate;
import org.oas.migration.programs.activity.domain.Theme;
import org.oas.migration.programs.activity.persistence.ActivityEntity;
import org.oas.migration.programs.support.Actors;
import org.oas.migration.programs.support.QueryValues;
import org.oas.migration.platform.json.RawJson;
import org.oas.migration.programs.persistence.ViewQuery;

@Path("/v1/activities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activities", description = "What organizations do on migration, as they report it; partners keep their own activities up to date.")
public class ActivityResource {

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

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listActivities", summary = "List and search activities",
            description = "Newest first; with `q`, by relevance over titles, descriptions, coverage and beneficiaries (English or Spanish). "
                    + "Contacts' e-mail and phone appear only for admins and, on its own activities, the reporting partner. "
                    + "Cursor paging; `updatedSince` for syncing.")
    @APIResponse(responseCode = "200", description = "A page of activities", content = @Content(schema = @Schema(implementation = ActivityPage.class)))
    public Response list(
            @Parameter(description = "Reporting or participating organization (code)", example = "iom") @QueryParam("organization") String organization,
            @Parameter(description = "Reporting organization (code)", example = "iom") @QueryParam("reportingOrganization") String reporting,
            @Parameter(description = "Recipient country (ISO 3166-1 alpha-2)", example = "SV") @QueryParam("country") String country,
            @Parameter(description = "Theme", example = "border-management") @QueryParam("theme") String theme,
            @Parameter(description = "Status", example = "implementation") @QueryParam("status") String status,
            @Parameter(description = "Active on or after (a date at year, month or day precision)", example = "2008") @QueryParam("from") String from,
            @Parameter(description = "Active on or before (a date at year, month or day precision)", example = "2009-06") @QueryParam("to") String to,
            @Parameter(description = "Mandate: an operative paragraph id, or a resolution symbol", example = "AG/RES. 2248 (XXXVI-O/06)")
            @QueryParam("mandate") String mandate,
            @Parameter(description = "Programme code") @QueryParam("program") String program,
            @Parameter(description = "The partner's external id (with reportingOrganization: a lookup)") @QueryParam("externalId") String externalId,
            @Parameter(description = "Full-text search in English or Spanish", example = "frontera salud") @QueryParam("q") String q,
            @Parameter(description = "Only activities changed at or after this RFC 3339 time") @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "Search language: en or es") @QueryParam("lang") String lang,
            @BeanParam PageParams page, @Context HttpHeaders headers) {
        ActivityFilter filter = new ActivityFilter(QueryValues.given(organization), QueryValues.given(reporting),
                QueryValues.given(country) == null ? null : country.trim().toUpperCase(Locale.ROOT),
                QueryValues.given(theme) == null ? null : Theme.fromValue(theme.trim()).value(),
                QueryValues.given(status) == null ? null : ActivityStatus.fromValue(status.trim()).value(),
                QueryValues.given(from) == null ? null : date("from", from).first(), QueryValues.given(to) == null ? null : date("to", to).last(),
                QueryValues.given(mandate), QueryValues.given(program), QueryValues.given(externalId),
                QueryValues.given(updatedSince) == null ? null : QueryParams.dateTime("updatedSince", updatedSince),
                QueryParams.blankToNull(q), Languages.resolve(lang, headers));
        Page<ViewQuery.Row> rows = activities.page(filter, contactVisibility(), page.request());
        return PageResponses.ok(rows.map(row -> RawJson.of(row.view())), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getActivity", summary = "Get an activity",
            description = "Contacts' e-mail and phone appear only for admins and the reporting organization's partner token.")
    @APIResponse(responseCode = "200", description = "The activity", content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response get(@PathParam("id") String id, @Context Request request) {
        ActivityEntity activity = service.requireLive(id);
        ContactVisibility contacts = contactVisibility();
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
    public Response patch(@PathParam("id") String id, @NotNull JsonNode patch, @HeaderParam("If-Match") String ifMatch) {
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

    /** Who this caller is for the contact rule: an admin, the partner of one organization, or anyone else. */
    private ContactVisibility contactVisibility() {
        return ContactVisibility.of(caller.isAdmin(), identity.hasRole(Roles.PARTNER) ? caller.organization() : Optional.empty());
    }

    private Representation view(ActivityService.Written written) {
        ActivityWriteResult result = written.result();
        return new Representation(result.id(), result.version(), written.view().seenBy(contactVisibility(), written.activity()));
    }

    private static PartialDate date(String field, String value) {
        return PartialDate.parse(value.trim()).orElseThrow(() -> ApiException.invalid(field, "must be a date at year, month or day precision (2008, 2008-01, 2008-01-15)"));
    }

    @Schema(name = "ActivityPage")
    public record ActivityPage(List<ActivityView> items, String nextCursor) {
    }

    @Schema(name = "ActivityRevisionPage")
    public record RevisionPage(List<RevisionView> items, String nextCursor) {
    }
}
