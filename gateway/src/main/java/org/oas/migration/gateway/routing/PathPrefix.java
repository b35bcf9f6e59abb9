package org.oas.migration.gateway.routing;

import java.util.regex.Pattern;

/** `/v1/organizations` owns `/v1/organizations` and `/v1/organizations/...`, never `/v1/organizationsX`. */
final class PathPrefix {

    private PathPrefix() {
    }

    static boolean matches(String prefix, String path) {
        return path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
    }

    static String regex(String prefix) {
        return "^" + Pattern.quote(prefix) + "(/.*)?$";
    }
}
