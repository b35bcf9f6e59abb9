package org.oas.migration.platform.http;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which methods a path allows, for the {@code Allow} header a 405 must carry (RFC 9110 section 15.5.6): Quarkus
 * REST answers 405 without it. Read once from the JAX-RS resource classes (their {@code @Path} templates and
 * method annotations); a path no template matches allows nothing.
 */
@ApplicationScoped
public class AllowedMethods {

    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})+))?}");

    private record Route(Pattern path, String method) {
    }

    private volatile List<Route> routes;

    /** The allowed methods, comma separated (with HEAD beside GET, and OPTIONS), or null when the path is unknown. */
    public String allowFor(String path) {
        Set<String> allowed = new TreeSet<>();
        for (Route route : routes()) {
            if (route.path().matcher(path).matches()) {
                allowed.add(route.method());
                if ("GET".equals(route.method())) {
                    allowed.add("HEAD");
                }
            }
        }
        if (allowed.isEmpty()) {
            return null;
        }
        allowed.add("OPTIONS");
        return String.join(", ", allowed);
    }

    private List<Route> routes() {
        List<Route> read = routes;
        if (read == null) {
            read = readRoutes();
            routes = read;
        }
        return read;
    }

    private static List<Route> readRoutes() {
        List<Route> found = new ArrayList<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path root = type.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String httpMethod = httpMethod(method);
                if (httpMethod != null) {
                    Path sub = method.getAnnotation(Path.class);
                    found.add(new Route(template(join(root.value(), sub == null ? "" : sub.value())), httpMethod));
                }
            }
        }
        return List.copyOf(found);
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String join(String root, String sub) {
        String path = "/" + root.replaceAll("^/+|/+$", "") + (sub.isBlank() ? "" : "/" + sub.replaceAll("^/+|/+$", ""));
        return path.equals("/") ? path : path.replaceAll("/+$", "");
    }

    /** A path template as a regular expression: each {name} one segment, each {name: regex} its own regex. */
    static Pattern template(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(template);
        int last = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(last, parameter.start())));
            regex.append(parameter.group(1) == null ? "[^/]+" : "(?:" + parameter.group(1).trim() + ")");
            last = parameter.end();
        }
        regex.append(Pattern.quote(template.substring(last))).append("/?");
        return Pattern.compile(regex.toString());
    }
}
