package org.oas.migration.client.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.oas.migration.client.ApiClient;
import org.oas.migration.client.ApiException;
import org.oas.migration.client.api.ActivitiesApi;
import org.oas.migration.client.api.AuthenticationApi;
import org.oas.migration.client.api.MeetingsApi;
import org.oas.migration.client.api.OrganizationsApi;
import org.oas.migration.client.api.ResolutionsApi;
import org.oas.migration.client.model.Activity;
import org.oas.migration.client.model.ActivityInput;
import org.oas.migration.client.model.ActivityInputPatch;
import org.oas.migration.client.model.ActivityStatus;
import org.oas.migration.client.model.Meeting;
import org.oas.migration.client.model.MeetingPage;
import org.oas.migration.client.model.OrganizationPage;
import org.oas.migration.client.model.Resolution;
import org.oas.migration.client.model.ResolutionPage;
import org.oas.migration.client.model.TokenResponse;

/**
 * A partner's round trip through the gateway with the Java client OpenAPI Generator makes from the merged document
 * ({@code java}, library {@code native}), used as generated: compiled against it and run by GeneratedClientsTest.
 * The long positional argument lists are the generated methods' (every query parameter, in the document's order).
 */
public final class RoundTrip {

    private RoundTrip() {
    }

    /** Runs every step; returns what each found. Throws the assertion or the client's ApiException that failed. */
    public static List<String> run(String gateway, String clientId, String clientSecret) throws ApiException {
        List<String> steps = new ArrayList<>();
        ApiClient client = new ApiClient();
        client.updateBaseUri(gateway);

        // 1. Every organization, page by page, to the end (nextCursor null on the last page).
        OrganizationsApi organizations = new OrganizationsApi(client);
        Set<UUID> seen = new HashSet<>();
        int pages = 0;
        String cursor = null;
        do {
            // code, country, cursor, identifier, lang, limit, parent, q, type, updatedSince, within
            OrganizationPage page = organizations.listOrganizations(null, null, cursor, null, null, "50", null, null, null, null, null);
            pages++;
            page.getItems().forEach(organization -> assertTrue(seen.add(organization.getId()), "an organization on two pages"));
            cursor = page.getNextCursor();
        } while (cursor != null);
        assertTrue(pages > 1, "the seed has more organizations than one page holds");
        steps.add("listOrganizations: " + seen.size() + " organizations on " + pages + " pages");

        // 2. A meeting, read by its id.
        MeetingsApi meetings = new MeetingsApi(client);
        // body, convenedBy, country, cursor, dateFrom, dateTo, document, identifier, kind, lang, limit, organization, q, sort, status, updatedSince
        MeetingPage meetingPage = meetings.listMeetings(null, null, null, null, null, null, null, null, null, null, 1, null, null, null, null, null);
        assertFalse(meetingPage.getItems().isEmpty(), "the seed has meetings");
        Meeting meeting = meetings.getMeeting(meetingPage.getItems().get(0).getId().toString());
        assertEquals(meetingPage.getItems().get(0).getId(), meeting.getId());
        assertNotNull(meeting.getTitle().get("en"));
        steps.add("getMeeting: " + meeting.getId() + " \"" + meeting.getTitle().get("en") + "\" on " + meeting.getStartDate());

        // 3. A resolution, looked up by its symbol (an adopted one: a draft has no symbol yet).
        ResolutionsApi resolutions = new ResolutionsApi(client);
        // addressee, body, cites, cursor, dateFrom, dateTo, lang, limit, q, series, sort, sponsor, status, symbol, updatedSince
        ResolutionPage resolutionPage = resolutions.listResolutions(null, null, null, null, null, null, null, 1, null, null, null, null, "adopted", null, null);
        assertFalse(resolutionPage.getItems().isEmpty(), "the seed has adopted resolutions");
        String symbol = resolutionPage.getItems().get(0).getSymbol();
        assertNotNull(symbol, "an adopted resolution has its symbol");
        Resolution resolution = resolutions.lookupResolution(symbol, null);
        assertEquals(resolutionPage.getItems().get(0).getId(), resolution.getId());
        steps.add("lookupResolution: \"" + symbol + "\" is " + resolution.getId());

        // 4. A token for IOM's partner client; then every request carries it.
        TokenResponse token = new AuthenticationApi(client).issueToken("client_credentials", clientId, clientSecret);
        assertNotNull(token.getAccessToken());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token.getAccessToken()));
        steps.add("issueToken: a bearer token for " + clientId + " (expires in " + token.getExpiresIn() + " s)");

        // 5. An activity IOM reports, pushed by its external id (the fields left unset are sent as the client sends them).
        ActivitiesApi activities = new ActivitiesApi(client);
        String externalId = "generated-client-" + UUID.randomUUID().toString().substring(0, 8);
        Activity created = activities.upsertActivity(externalId, new ActivityInput().externalId(externalId)
                .reportingOrganization("iom").title(Map.of("en", "Pushed with the generated Java client"))
                .status(ActivityStatus.IMPLEMENTATION).plannedStart("2026-01").addRecipientCountriesItem("HN"), null);
        assertEquals(externalId, created.getExternalId());
        assertEquals("iom", created.getReportingOrganization().getCode());
        assertEquals(ActivityStatus.IMPLEMENTATION, created.getStatus());
        assertNull(created.getActualEnd());
        steps.add("upsertActivity: " + externalId + " is " + created.getId() + ", version " + created.getVersion());

        // 6. It closes: a merge patch of two members; the rest stays as it was.
        Activity patched = activities.patchActivity(created.getId().toString(),
                new ActivityInputPatch().status(ActivityStatus.CLOSED).actualEnd("2026-06"), null);
        assertEquals(ActivityStatus.CLOSED, patched.getStatus());
        assertEquals("2026-06", patched.getActualEnd());
        assertEquals("Pushed with the generated Java client", patched.getTitle().get("en"));
        assertEquals(List.of("HN"), patched.getRecipientCountries());
        assertTrue(patched.getVersion() > created.getVersion());
        steps.add("patchActivity: status " + patched.getStatus() + ", actualEnd " + patched.getActualEnd() + ", version " + patched.getVersion());

        // 7. Read back as anyone reads it.
        Activity read = activities.getActivity(created.getId().toString());
        assertEquals(ActivityStatus.CLOSED, read.getStatus());
        assertEquals("2026-06", read.getActualEnd());
        assertEquals(patched.getVersion(), read.getVersion());
        steps.add("getActivity: status " + read.getStatus() + ", actualEnd " + read.getActualEnd());
        return steps;
    }
}
