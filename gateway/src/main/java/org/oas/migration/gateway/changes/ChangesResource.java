package org.oas.migration.gateway.changes;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.logging.Logger;
import org.oas.migration.gateway.config.GatewayConfig;
import org.oas.migration.gateway.support.PageLimit;
import org.oas.migration.platform.paging.PageResponses;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.problem.Problem;
import org.oas.migration.platform.problem.ProblemType;

/**
 * The change feed over every context (documented for clients in resources/gateway/openapi.yaml; the annotations here
 * only make the generated /q/gateway-openapi, which the tests check answers against, declare the same statuses).
 */
@Path("/v1/changes")
public class ChangesResource {

    private static final String PROBLEM = "application/problem+json";

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;
    /** Each live stream holds a thread and a Kafka consumer while it is open. */
    private static final int MAX_STREAMS = 200;
    private static final Logger LOG = Logger.getLogger(ChangesResource.class);
    private static final Semaphore STREAMS = new Semaphore(MAX_STREAMS);
    private static final ExecutorService STREAM_THREADS = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "change-stream");
        thread.setDaemon(true);
        return thread;
    });

    private final ChangeFeed feed;
    private final GatewayConfig config;

    ChangesResource(ChangeFeed feed, GatewayConfig config) {
        this.feed = feed;
        this.config = config;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "A page of changes", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "400", description = "An invalid or unknown query parameter", content = @Content(mediaType = PROBLEM,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The feed is unavailable", content = @Content(mediaType = PROBLEM,
            schema = @Schema(implementation = Problem.class)))
    public Response list(@QueryParam("type") String type, @QueryParam("subject") String subject,
                         @QueryParam("cursor") String cursor, @QueryParam("limit") String limit, @Context UriInfo uri) {
        ChangePage page = feed.read(cursor(cursor), filter(type, subject), PageLimit.parse(limit, DEFAULT_LIMIT, MAX_LIMIT));
        // The feed has no last page: the next position is always linked, as it is always in nextCursor.
        return PageResponses.ok(page, page.nextCursor(), uri);
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @APIResponse(responseCode = "200", description = "The live feed", content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS))
    @APIResponse(responseCode = "400", description = "An invalid or unknown query parameter", content = @Content(mediaType = PROBLEM,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The feed is unavailable or too many streams are open", content = @Content(mediaType = PROBLEM,
            schema = @Schema(implementation = Problem.class)))
    public void stream(@QueryParam("type") String type, @QueryParam("subject") String subject,
                       @QueryParam("cursor") String cursor, @HeaderParam("Last-Event-ID") String lastEventId,
                       @Context SseEventSink sink, @Context Sse sse) {
        // Last-Event-ID is what a reconnecting EventSource sends: it wins over the cursor it started with.
        String from = lastEventId != null && !lastEventId.isBlank() ? lastEventId : cursor;
        Cursor start = from == null || from.isBlank() ? null : cursor(from);
        ChangeFilter filter = filter(type, subject);
        if (!STREAMS.tryAcquire()) {
            throw new ApiException(ProblemType.UNAVAILABLE, "Too many open change streams; retry shortly.", List.of(),
                    Map.of("Retry-After", "5"));
        }
        STREAM_THREADS.execute(() -> {
            try (sink) {
                feed.follow(start, filter, new StreamFollower(sink, sse, config.changes().heartbeat().toNanos()));
            } catch (ChangeFeed.FeedUnavailableException e) {
                LOG.warn("Change stream ended: " + e.getCause());
            } catch (RuntimeException e) {
                LOG.debug("Change stream ended", e);
            } finally {
                STREAMS.release();
            }
        });
    }

    /** Writes the feed as SSE: a comment once positioned, an event per change, a comment heartbeat when quiet. */
    private static final class StreamFollower implements ChangeFeed.Follower {
        private final SseEventSink sink;
        private final Sse sse;
        private final long heartbeatNanos;
        private long lastWrite = System.nanoTime();

        StreamFollower(SseEventSink sink, Sse sse, long heartbeatNanos) {
            this.sink = sink;
            this.sse = sse;
            this.heartbeatNanos = heartbeatNanos;
        }

        @Override
        public boolean open() {
            return !sink.isClosed();
        }

        @Override
        public void following() {
            write(sse.newEventBuilder().comment("following the change feed").build());
        }

        @Override
        public void change(Change change, String cursor) {
            write(sse.newEventBuilder().id(cursor).name("change")
                    .mediaType(MediaType.APPLICATION_JSON_TYPE).data(Change.class, change).build());
        }

        @Override
        public void quiet() {
            if (System.nanoTime() - lastWrite > heartbeatNanos) {
                // A comment keeps proxies from closing a quiet stream and reveals a gone client.
                write(sse.newEventBuilder().comment("heartbeat").build());
            }
        }

        private void write(OutboundSseEvent event) {
            send(sink, event);
            lastWrite = System.nanoTime();
        }
    }

    private static void send(SseEventSink sink, OutboundSseEvent event) {
        sink.send(event).toCompletableFuture().exceptionally(e -> {
            sink.close();
            return null;
        });
    }

    private static ChangeFilter filter(String type, String subject) {
        return new ChangeFilter(blankToNull(type), blankToNull(subject));
    }

    private static Cursor cursor(String text) {
        return Cursor.parse(text);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
