package org.oas.migration.gateway.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.oas.migration.gateway.changes.ChangeFeed;

/** Every error of the gateway's own resources as problem+json; never a stack trace on the wire. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder response = Response.status(e.status())
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(e.status(), e.title(), e.getMessage(), uri.getPath()));
        if (e.retryAfterSeconds() != null) {
            response.header("Retry-After", e.retryAfterSeconds());
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response feedUnavailable(ChangeFeed.FeedUnavailableException e, UriInfo uri) {
        LOG.warn("Change feed unavailable: " + e.getCause());
        return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", 10)
                .entity(Problem.of(503, "Service Unavailable", "The change feed cannot be read right now.", uri.getPath())).build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String title = e.getResponse().getStatusInfo().getReasonPhrase();
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status, title, e.getMessage(), uri.getPath())).build();
    }
}
