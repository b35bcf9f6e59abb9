package org.oas.migration.platform.input;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.resteasy.reactive.RestQuery;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.problem.FieldViolation;
import org.oas.migration.platform.problem.ProblemType;

/**
 * A query parameter the operation does not declare is a 400 {@code invalid-input} naming it and listing what the
 * operation accepts, instead of being ignored: {@code ?limt=5} or {@code ?organisation=iom} would otherwise answer
 * the unfiltered first page as if it were what was asked for.
 *
 * <p>What an operation declares is read once per resource method, when JAX-RS deploys it: {@code @QueryParam} (or
 * {@code @RestQuery}) on the method's parameters, on the fields and setters of its {@code @BeanParam} classes (such
 * as {@link org.oas.migration.platform.paging.PageParams}, nested ones too) and on the resource class's own fields.
 * A request then costs one set lookup per parameter it sends. No resource reads query parameters from
 * {@code UriInfo} by hand: one that did would have to declare them as {@code @QueryParam} too (which also puts
 * them in the OpenAPI document).
 *
 * <p>Covers the JAX-RS endpoints only (every service's and the gateway's {@code /v1/changes} and {@code /v1/search});
 * the {@code /q/*} endpoints are Quarkus' own routes and the gateway's proxy forwards the query as sent, for the
 * owning service to judge. A parameter without a name ({@code ?&limit=5}) is no parameter.
 */
@Provider
public class KnownQueryParameters implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Class<?> type = resource.getResourceClass();
        Method method = resource.getResourceMethod();
        if (type == null || method == null || isQuarkusOwn(type)) {
            return;
        }
        context.register(new Check(declared(type, method)), Priorities.USER);
    }

    /** The query parameter names an operation reads: its own, its bean parameters', its resource class's. */
    static Set<String> declared(Class<?> resourceClass, Method method) {
        Set<String> names = new HashSet<>();
        for (Parameter parameter : method.getParameters()) {
            collect(parameter, parameter.getName(), parameter.getType(), names, new HashSet<>());
        }
        for (Class<?> c = resourceClass; c != null && c != Object.class; c = c.getSuperclass()) {
            members(c, names, new HashSet<>());
        }
        return Set.copyOf(names);
    }

    private static void collect(AnnotatedElement element, String name, Class<?> type, Set<String> names, Set<Class<?>> seen) {
        QueryParam query = element.getAnnotation(QueryParam.class);
        if (query != null) {
            names.add(query.value());
        }
        RestQuery rest = element.getAnnotation(RestQuery.class);
        if (rest != null) {
            names.add(rest.value().isEmpty() ? name : rest.value());
        }
        if (element.isAnnotationPresent(BeanParam.class) && seen.add(type)) {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                members(c, names, seen);
            }
        }
    }

    private static void members(Class<?> type, Set<String> names, Set<Class<?>> seen) {
        for (Field field : type.getDeclaredFields()) {
            collect(field, field.getName(), field.getType(), names, seen);
        }
        for (Method setter : type.getDeclaredMethods()) {
            if (setter.getParameterCount() == 1 && hasParameterAnnotation(setter)) {
                collect(setter, propertyName(setter), setter.getParameterTypes()[0], names, seen);
            }
        }
    }

    private static boolean hasParameterAnnotation(Method method) {
        for (Annotation annotation : method.getDeclaredAnnotations()) {
            Class<? extends Annotation> kind = annotation.annotationType();
            if (kind == QueryParam.class || kind == RestQuery.class || kind == BeanParam.class) {
                return true;
            }
        }
        return false;
    }

    private static String propertyName(Method setter) {
        String name = setter.getName();
        return name.startsWith("set") && name.length() > 3
                ? Character.toLowerCase(name.charAt(3)) + name.substring(4) : name;
    }

    /** Endpoints under {@code /q} belong to Quarkus, not to the API. */
    private static boolean isQuarkusOwn(Class<?> type) {
        Path path = type.getAnnotation(Path.class);
        String value = path == null ? "" : path.value();
        return value.equals("q") || value.equals("/q") || value.startsWith("/q/") || value.startsWith("q/");
    }

    /** The check for one resource method, with its accepted names and the words that list them, made once. */
    static final class Check implements ContainerRequestFilter {

        private final Set<String> accepted;
        private final String message;

        Check(Set<String> accepted) {
            this.accepted = accepted;
            this.message = accepted.isEmpty() ? "unknown query parameter; this operation accepts none"
                    : "unknown query parameter; this operation accepts: " + String.join(", ", new TreeSet<>(accepted));
        }

        @Override
        public void filter(ContainerRequestContext request) {
            Set<String> sent = request.getUriInfo().getQueryParameters(true).keySet();
            if (accepted.containsAll(sent)) {
                return;
            }
            refuse(sent);
        }

        private void refuse(Set<String> sent) {
            List<FieldViolation> unknown = new ArrayList<>();
            for (String name : new TreeSet<>(sent)) {
                if (!name.isEmpty() && !accepted.contains(name)) {
                    unknown.add(new FieldViolation(name, message));
                }
            }
            if (!unknown.isEmpty()) {
                List<String> names = unknown.stream().map(FieldViolation::field).toList();
                throw new ApiException(ProblemType.INVALID_INPUT, (names.size() == 1 ? "Unknown query parameter: "
                        : "Unknown query parameters: ") + String.join(", ", names), unknown, Map.of());
            }
        }

        Set<String> accepted() {
            return accepted;
        }

        String message() {
            return message;
        }
    }
}
