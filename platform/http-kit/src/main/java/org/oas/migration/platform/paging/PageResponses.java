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

    /** 200 with {@code body}, and the Link to the page at {@code nextCursor} when there is one. */
    public static Response ok(Object body, String nextCursor, UriInfo uri) {
        return withLink(Response.ok(body), nextCursor, uri);
    }

    private static Response withLink(Response.ResponseBuilder response, String nextCursor, UriInfo uri) {
        if (nextCursor != null) {
            String next = uri.getRequestUriBuilder().replaceQueryParam("cursor", nextCursor).build().toString();
            response.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return response.build();
    }
}
