package org.oas.migration.platform.http;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code Cache-Control} and {@code Vary} on every answer, so caches and browsers reuse what they may and no more:
 * <ul>
 *   <li>an anonymous read (200, 304): {@code public, max-age=<short>, must-revalidate}; after that a cache revalidates
 *       with the ETag and usually gets a 304;</li>
 *   <li>a read with credentials: {@code private, no-cache} (a partner may see its own contacts);</li>
 *   <li>writes, errors, event streams: {@code no-store}.</li>
 * </ul>
 * Every read varies by {@code Authorization} (what a caller sees depends on who it is) and {@code Accept-Language}
 * (lists sort and search in the request's language), and a method that answers more than one media type (JSON or IATI XML,
 * say) by {@code Accept} too. A resource that sets {@code Cache-Control} itself keeps it.
 */
@Provider
public class CachingHeaders implements ContainerResponseFilter {

    static final String VARY_ON = "Accept-Language, Authorization";

    private static final Map<Method, Boolean> EVENT_STREAM_METHODS = new ConcurrentHashMap<>();

    /** Looked up per answer: JAX-RS creates providers at static init, before runtime config mappings exist. */
    @Inject
    jakarta.inject.Provider<CachingConfig> config;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        if (headers.containsKey(HttpHeaders.CACHE_CONTROL)) {
            return;
        }
        headers.putSingle(HttpHeaders.CACHE_CONTROL, cacheControl(request, response));
        if (isRead(request)) {
            headers.add(HttpHeaders.VARY, negotiatesMediaType() ? VARY_ON + ", " + HttpHeaders.ACCEPT : VARY_ON);
        }
    }

    private String cacheControl(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        boolean reusable = isRead(request) && (status == 200 || status == 304) && !isEventStream(response.getMediaType()) && !producesEvents();
        if (!reusable) {
            return "no-store";
        }
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            return "private, no-cache";
        }
        return "public, max-age=" + config.get().publicMaxAge().toSeconds() + ", must-revalidate";
    }

    private static boolean isRead(ContainerRequestContext request) {
        return HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
    }

    /**
     * A stream's headers may go out before its media type is set: the method's declaration decides, read once per
     * resource method (answers then cost a map lookup, no reflection or media-type parsing).
     */
    private boolean producesEvents() {
        Method method = resource == null ? null : resource.getResourceMethod();
        return method != null && EVENT_STREAM_METHODS.computeIfAbsent(method, CachingHeaders::declaresEventStream);
    }

    private static boolean declaresEventStream(Method method) {
        Produces produces = method.getAnnotation(Produces.class);
        if (produces == null) {
            return false;
        }
        for (String type : produces.value()) {
            if (isEventStream(MediaType.valueOf(type))) {
                return true;
            }
        }
        return false;
    }

    /** The method answers several media types, chosen by the request's Accept. */
    private boolean negotiatesMediaType() {
        Produces produces = resource == null || resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(Produces.class);
        return produces != null && produces.value().length > 1;
    }

    private static boolean isEventStream(MediaType type) {
        return type != null && MediaType.SERVER_SENT_EVENTS_TYPE.isCompatible(type);
    }
}
