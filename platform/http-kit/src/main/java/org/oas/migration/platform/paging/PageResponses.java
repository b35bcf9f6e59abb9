package org.oas.migration.platform.paging;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** A page as a 200 response with the RFC 8288 {@code Link: <...>; rel="next"} header. */
public final class PageResponses {

    private PageResponses() {
    }

    public static Response ok(Page<?> page, UriInfo uri) {
        return withLink(Response.ok(page), page.nextCursor(), uri);
    }

    private static Response withLink(Response.ResponseBuilder response, String nextCursor, UriInfo uri) {
        if (nextCursor != null) {
            String next = uri.getRequestUriBuilder().replaceQueryParam("cursor", nextCursor).build().toString();
            response.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return response.build();
    }
}
