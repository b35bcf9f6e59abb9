package org.oas.migration.platform.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Supplier;
import org.oas.migration.platform.http.EntityTags;
import org.oas.migration.platform.http.Representation;
import org.oas.migration.platform.http.Responses;
import org.oas.migration.platform.idempotency.IdempotentPost;
import org.oas.migration.platform.patch.MergePatcher;
import org.oas.migration.platform.security.Caller;

/**
 * The answers every resource's endpoints share: an idempotent creation (201), a conditional GET (200 or 304), a
 * replaced or changed resource (200), a deletion (204), all with the representation's ETag; and the merge patch
 * of a stored input. Resources keep their JAX-RS and OpenAPI annotations and call these with their own views.
 */
@ApplicationScoped
public class Endpoints {

    @Inject
    IdempotentPost idempotentPost;

    @Inject
    MergePatcher patcher;

    @Inject
    Caller caller;

    /**
     * 201 with {@code Location: <base>/<collection>/<id>}; with an {@code Idempotency-Key} a replay answers the
     * first result and {@code create} is not run again.
     */
    public Response create(UriInfo uri, String collection, String key, Object input, Supplier<Representation> create) {
        return idempotent(key, input, () -> created(uri, collection, create.get()));
    }

    /** {@code create}'s answer, or with an {@code Idempotency-Key} already used by this caller the first one. */
    public Response idempotent(String key, Object input, Supplier<Response> create) {
        return idempotentPost.execute(key, caller.clientId(), input, create);
    }

    /** 201 with {@code Location: <base>/<collection>/<id>}, the body and its ETag. */
    public static Response created(UriInfo uri, String collection, Representation representation) {
        return Responses.created(uri, collection, representation.id(), representation.version(), representation.body());
    }

    /** 304 when If-None-Match names the representation's ETag, else 200 with it. */
    public static Response get(Request request, Representation representation) {
        return EntityTags.conditionalGet(request, representation.version(), representation.body());
    }

    /** 200 after a replace or a patch, with the new ETag. */
    public static Response ok(Representation representation) {
        return Responses.ok(representation.body(), representation.version());
    }

    public static Response deleted() {
        return Response.noContent().build();
    }

    /** {@code current} with the JSON Merge Patch applied, checked as a new input of {@code inputType}. */
    public <T> T patch(T current, JsonNode patch, Class<T> inputType) {
        return patcher.patch(current, patch, inputType);
    }
}
