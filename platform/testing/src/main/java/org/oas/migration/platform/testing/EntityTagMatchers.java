package org.oas.migration.platform.testing;

import java.util.regex.Pattern;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;

/** Matches the services' ETags, {@code "<version>-<digest of the body>"}, by the version they name. */
public final class EntityTagMatchers {

    private EntityTagMatchers() {
    }

    /** An ETag of the representation at {@code version}, whatever the body's digest. */
    public static Matcher<String> atVersion(long version) {
        return Matchers.matchesPattern(Pattern.quote("\"" + version + "-") + "[A-Za-z0-9_-]{16}\"");
    }
}
