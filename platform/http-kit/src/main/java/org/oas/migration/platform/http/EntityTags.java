package org.oas.migration.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.problem.ProblemType;

/**
 * ETags that follow the representation: {@code "<version>-<digest>"}, the resource's own version and a digest of the
 * JSON body as sent. A body embeds data other contexts own (an organization's name in an activity): when that changes,
 * the version does not, the digest does, so {@code If-None-Match} with an old tag answers 200 with the new content.
 *
 * <p>{@code If-Match} on a write compares the version part only (a bare {@code "<version>"} is accepted too): the write
 * replaces the resource's own fields, and those are what the version counts. A client holding an older digest of the
 * same version lost no one's update.
 *
 * <p>The body is serialised once, here, with the application's {@link ObjectMapper}, and those bytes are the entity:
 * the digest is over exactly what the client receives. A representation in another media type (an Akoma Ntoso
 * document) is tagged the same way over its own bytes, so each representation of a resource has its own tag.
 */
public final class EntityTags {

    private static final int DIGEST_BYTES = 12;

    private static volatile MapperOf mapperOf;

    private EntityTags() {
    }

    /** The tag of {@code body} at {@code version}, and the body's bytes, serialised once. */
    public static Tagged tag(long version, Object body) {
        byte[] json = serialise(body);
        return new Tagged(new EntityTag(version + "-" + digest(json)), json);
    }

    /** 304 when If-None-Match names the current representation, else 200 with the body and its ETag. */
    public static Response conditionalGet(Request request, long version, Object body) {
        return conditionalGet(request, version, serialise(body), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * The same for a representation already written in another media type (an XML export): the tag is the version
     * and a digest of exactly these bytes. A builder, so the caller may add the headers of that representation.
     */
    public static Response.ResponseBuilder conditionalGet(Request request, long version, byte[] body, MediaType type) {
        EntityTag tag = new EntityTag(version + "-" + digest(body));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag);
        }
        return Response.ok().entity(body).type(type).tag(tag);
    }

    /** A write with If-Match must name the current version, or nothing is changed (412). */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        for (String candidate : ifMatch.split(",")) {
            if (namesVersion(candidate.trim(), currentVersion)) {
                return;
            }
        }
        throw new ApiException(ProblemType.PRECONDITION_FAILED,
                "If-Match does not match the current version " + currentVersion + "; read the resource again and retry");
    }

    private static boolean namesVersion(String tag, long version) {
        String opaque = tag.startsWith("W/") ? tag.substring(2) : tag;
        if (opaque.length() < 2 || !opaque.startsWith("\"") || !opaque.endsWith("\"")) {
            return false;
        }
        String value = opaque.substring(1, opaque.length() - 1);
        int dash = value.indexOf('-');
        return (dash < 0 ? value : value.substring(0, dash)).equals(Long.toString(version));
    }

    private static byte[] serialise(Object body) {
        try {
            return mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The application's mapper, looked up once per container: a static cache alone would outlive a test's restart of
     * the application with another configuration, so the container it came from is kept beside it.
     */
    private static ObjectMapper mapper() {
        ArcContainer container = Arc.container();
        MapperOf cached = mapperOf;
        if (cached == null || cached.container() != container) {
            cached = new MapperOf(container, container.instance(ObjectMapper.class).get());
            mapperOf = cached;
        }
        return cached.mapper();
    }

    private record MapperOf(ArcContainer container, ObjectMapper mapper) {
    }

    static String digest(byte[] json) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(json);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(sha, DIGEST_BYTES));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    /** A representation's tag and the bytes it was computed over. */
    public record Tagged(EntityTag tag, byte[] json) {

        /** The builder with these bytes as a JSON entity and this tag. */
        public Response.ResponseBuilder respond(Response.ResponseBuilder builder) {
            return builder.entity(json).type(MediaType.APPLICATION_JSON_TYPE).tag(tag);
        }
    }
}
