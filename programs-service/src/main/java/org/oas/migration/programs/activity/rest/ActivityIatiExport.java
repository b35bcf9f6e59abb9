package org.oas.migration.programs.activity.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oas.migration.platform.paging.Page;
import org.oas.migration.platform.paging.PageRequest;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.problem.FieldViolation;
import org.oas.migration.platform.problem.ProblemType;
import org.oas.migration.programs.activity.domain.Activity;
import org.oas.migration.programs.activity.domain.ActivityView;
import org.oas.migration.programs.activity.persistence.ActivityFilter;
import org.oas.migration.programs.activity.persistence.ActivityList;
import org.oas.migration.programs.activity.persistence.ContactVisibility;
import org.oas.migration.programs.iati.domain.IatiActivitiesWriter;
import org.oas.migration.programs.iati.domain.IatiCodes;
import org.oas.migration.programs.iati.persistence.IatiOrganizations;
import org.oas.migration.programs.iati.persistence.IatiRequirements;
import org.oas.migration.programs.persistence.ViewQuery;

/**
 * Activities as IATI 2.03 XML: the activity list (the same filters, the same keyset pages, the same contact rule) read
 * page by page while the document is written, so an export of any size holds one page in memory; and one activity.
 * Activities IATI cannot represent ({@link IatiRequirements}) are left out, counted in {@value #OMITTED_HEADER}.
 */
@ApplicationScoped
public class ActivityIatiExport {

    /** How many activities matching the filters the document leaves out (IATI cannot represent them). */
    public static final String OMITTED_HEADER = "IATI-Omitted-Activities";

    /** The media types the export answers, the IATI one first (what {@code *}{@code /*} gets). */
    public static final String[] MEDIA_TYPES = {IatiCodes.MEDIA_TYPE, MediaType.APPLICATION_XML};

    private static final int PAGE_SIZE = PageRequest.MAX_LIMIT;

    @Inject
    ActivityList activities;

    @Inject
    IatiOrganizations organizations;

    @Inject
    ObjectMapper json;

    /**
     * 200 with the document of every activity of the list that IATI can represent, streamed, as {@code type}; a 400 for
     * {@code limit} or {@code cursor}, which page the JSON list only.
     */
    public Response list(ActivityFilter filter, ContactVisibility contacts, MediaType type, UriInfo uri) {
        for (String paging : List.of("limit", "cursor")) {
            if (uri.getQueryParameters().containsKey(paging)) {
                throw ApiException.invalid(paging, "pages the JSON list only: the IATI document holds every matching activity");
            }
        }
        long omitted = QuarkusTransaction.joiningExisting().call(() -> activities.countNotIati(filter));
        StreamingOutput document = out -> {
            IatiActivitiesWriter writer = new IatiActivitiesWriter(out, now());
            String cursor = null;
            do {
                String after = cursor;
                Page<ViewQuery.Row> page = QuarkusTransaction.joiningExisting()
                        .call(() -> activities.iatiPage(filter, contacts, new PageRequest(PAGE_SIZE, after)));
                write(writer, page.items().stream().map(this::view).toList());
                writer.flush();
                cursor = page.nextCursor();
            } while (cursor != null);
            writer.finish();
        };
        return Response.ok(document, type).header(OMITTED_HEADER, omitted).build();
    }

    /** 200 with a document of this one activity, as the reader may see it; 406 naming what IATI would need that it lacks. */
    public Response one(ActivityView activity, MediaType type) {
        Map<String, IatiOrganizations.Organization> known = organizations.byCode(codes(List.of(activity)));
        IatiOrganizations.Organization reporting = known.get(activity.reportingOrganization().code());
        List<FieldViolation> unmet = IatiRequirements.unmet(new IatiRequirements.Facts(reporting == null ? null : reporting.ref(),
                activity.description() != null, !Activity.orEmpty(activity.participatingOrganizations()).isEmpty(),
                activity.plannedStart() != null || activity.actualStart() != null || activity.plannedEnd() != null
                        || activity.actualEnd() != null));
        if (!unmet.isEmpty()) {
            throw new ApiException(ProblemType.NOT_ACCEPTABLE, "This activity cannot be written as IATI 2.03: it lacks what the "
                    + "IATI schema requires (see errors); application/json has it", unmet, Map.of());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IatiActivitiesWriter writer = new IatiActivitiesWriter(out, now());
        writer.write(activity, known);
        writer.finish();
        return Response.ok(out.toByteArray(), type).build();
    }

    private void write(IatiActivitiesWriter writer, List<ActivityView> page) {
        Map<String, IatiOrganizations.Organization> known = organizations.byCode(codes(page));
        page.forEach(activity -> writer.write(activity, known));
    }

    private static Collection<String> codes(List<ActivityView> page) {
        Set<String> codes = new LinkedHashSet<>();
        for (ActivityView activity : page) {
            codes.add(activity.reportingOrganization().code());
            Activity.orEmpty(activity.participatingOrganizations()).forEach(p -> codes.add(p.organization().code()));
        }
        return new ArrayList<>(codes);
    }

    private ActivityView view(ViewQuery.Row row) {
        try {
            return json.readValue(row.view(), ActivityView.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Stored view of activity " + row.id() + " is not readable", e);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
    }
}
