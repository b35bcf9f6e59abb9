package org.oas.migration.platform.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/** Success answers that carry the resource's ETag (and, for creations, its Location). */
public final class Responses {

    private Responses() {
    }

    /** 201 with {@code Location: <base>/<collection>/<id>}, the body and its ETag. */
    public static Response created(UriInfo uri, String collection, UUID id, long version, Object body) {
        return Response.created(uri.getBaseUriBuilder().path(collection).path(id.toString()).build())
                .entity(body).tag(EntityTags.of(version)).build();
    }

    /** 200 with the body and its ETag. */
    public static Response ok(Object body, long version) {
        return Response.ok(body).tag(EntityTags.of(version)).build();
    }
}
