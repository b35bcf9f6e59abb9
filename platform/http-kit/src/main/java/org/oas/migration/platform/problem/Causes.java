package org.oas.migration.platform.problem;

import java.util.function.Predicate;

/** Walks a failure's cause chain: the classifications of failures all ask "is any cause of this kind". */
public final class Causes {

    private Causes() {
    }

    public static boolean any(Throwable e, Predicate<Throwable> kind) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.test(t)) {
                return true;
            }
        }
        return false;
    }
}
