package org.oas.migration.programs.support;

import org.oas.migration.platform.security.Caller;
import org.oas.migration.programs.activity.domain.WriteActor;

/** The request's caller as a writer that outlives the request (for revisions and imports). */
public final class Actors {

    private Actors() {
    }

    public static WriteActor of(Caller caller) {
        return new WriteActor(caller.clientId(), caller.organization().orElse(null), caller.isAdmin());
    }
}
