package org.oas.migration.organizations.auth.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.migration.platform.problem.Problem;
import org.oas.migration.platform.problem.ProblemType;

/**
 * A token error as RFC 9457 problem details that also carries RFC 6749's {@code error} and
 * {@code error_description} members, so both plain HTTP clients and OAuth libraries understand it.
 */
@Schema(name = "OAuthProblem", description = "Problem details with the OAuth 2.0 error code (RFC 6749 §5.2).")
public record OAuthProblem(@Schema(format = "uri", maxLength = 4096) String type, @Schema(maxLength = 200) String title, int status,
                           @Schema(maxLength = 10_000) String detail,
                           @Schema(format = "uri-reference", maxLength = 4096) String instance,
                           @Schema(enumeration = {"invalid_client", "unsupported_grant_type"}, example = "invalid_client") String error,
                           @JsonProperty("error_description") @Schema(maxLength = 10_000) String errorDescription) {

    static Response response(ProblemType type, String error, String description, String instance) {
        Response.ResponseBuilder builder = Response.status(type.status()).type(Problem.MEDIA_TYPE)
                .header("Cache-Control", "no-store")
                .entity(new OAuthProblem(type.uri(), type.title(), type.status(), description, instance, error, description));
        if (type == ProblemType.UNAUTHORIZED) {
            builder.header("WWW-Authenticate", "Basic realm=\"oas\"");
        }
        return builder.build();
    }
}
