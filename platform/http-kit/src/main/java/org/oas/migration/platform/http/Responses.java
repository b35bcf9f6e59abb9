package org.oas.migration.platform.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/** Success answers that carry the representation's ETag (and, for creations, its Location). */
public final class Responses {

    private Responses() {
    }

    /** 201 with {@code Location: <base>/<collection>/<id>}, the body and its ETag. */
    public static Response created(UriInfo uri, String collection, UUID id, long version, Object body) {
        return EntityTags.tag(version, body)
                .respond(Response.created(uri.getBaseUriBuilder().path(collection).path(id.toString()).build())).build();
    }

    /** 200 with the body and its ETag. */
    public static Response ok(Object body, long version) {
        return EntityTags.tag(version, body).respond(Response.ok()).build();
    }
}
