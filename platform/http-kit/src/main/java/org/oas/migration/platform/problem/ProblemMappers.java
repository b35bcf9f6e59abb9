package org.oas.migration.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.inject.Instance;
import org.oas.migration.platform.http.AllowedMethods;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure that reaches the REST layer into RFC 9457 problem+json. Client mistakes become 4xx with
 * the offending field named; anything unexpected becomes a 500 without internals on the wire.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    Instance<FailureTranslator> translators;

    @Inject
    AllowedMethods allowedMethods;

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        return ProblemResponses.of(e.problem(), path(uri), e.headers());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        return api(ApiException.invalid(ViolationPaths.violations(e)), uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return api(JsonProblems.from(e), uri);
    }

    // The most specific Jackson types too: Quarkus ships its own (plain JSON) mappers for some of them.
    @ServerExceptionMapper({JsonParseException.class, MismatchedInputException.class, UnrecognizedPropertyException.class,
            InvalidFormatException.class, ValueInstantiationException.class})
    public Response jsonSpecific(JsonProcessingException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return authenticationRequired(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.FORBIDDEN, "This token may not perform this operation", path(uri));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        int status = e.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 404 -> "No resource at this path";
            case 405 -> "This method is not allowed on this resource";
            case 406 -> "No representation matches the Accept header; the operation's responses in the OpenAPI document list the media types it answers";
            case 415 -> "Unsupported Content-Type; see the operation's request body in the OpenAPI document";
            default -> type.title();
        };
        // A 405 says which methods the resource does allow (RFC 9110 section 15.5.6).
        String allow = status == 405 && uri != null ? allowedMethods.allowFor(uri.getPath()) : null;
        return ProblemResponses.of(new Problem(type.uri(), type.title(), status, detail, null, null), path(uri),
                allow == null ? Map.of() : Map.of("Allow", allow));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        for (FailureTranslator translator : translators) {
            var translated = translator.translate(e);
            if (translated.isPresent()) {
                return api(translated.get(), uri);
            }
        }
        if (e instanceof JsonMappingException || e.getCause() instanceof JsonProcessingException) {
            return api(JsonProblems.from((JsonProcessingException) (e instanceof JsonMappingException ? e : e.getCause())), uri);
        }
        if (isMalformedForm(e)) {
            return ProblemResponses.of(ProblemType.MALFORMED_BODY,
                    "The body is not valid application/x-www-form-urlencoded (a bad %-escape)", path(uri));
        }
        if (ClientDisconnects.isDisconnect(e)) {
            // The client closed its connection mid-request: nobody reads this answer, and nothing failed on our side.
            LOG.debugf("Client went away during %s: %s", path(uri), e.getMessage());
            return ProblemResponses.of(ProblemType.MALFORMED_BODY, "The connection closed before the request was complete", path(uri));
        }
        LOG.error("Unexpected failure", e);
        return ProblemResponses.of(ProblemType.INTERNAL, "An unexpected error occurred; it has been logged", path(uri));
    }

    /** RESTEasy Reactive's form reader fails on a bad %-escape with a bare IllegalArgumentException from URLUtils. */
    static boolean isMalformedForm(Throwable e) {
        if (!(e instanceof IllegalArgumentException)) {
            return false;
        }
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().endsWith(".FormEncodedDataDefinition$FormEncodedDataParser")) {
                return true;
            }
        }
        return false;
    }

    private Response authenticationRequired(UriInfo uri) {
        return ProblemResponses.of(ProblemType.UNAUTHORIZED.problem("A valid bearer token is required"), path(uri),
                Map.of("WWW-Authenticate", "Bearer"));
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
