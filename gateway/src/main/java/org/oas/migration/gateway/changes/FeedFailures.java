package org.oas.migration.gateway.changes;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.problem.FailureTranslator;
import org.oas.migration.platform.problem.ProblemType;

/** The change feed's broker cannot be read: a 503 to retry, in the problem vocabulary every module answers with. */
@ApplicationScoped
public class FeedFailures implements FailureTranslator {

    private static final Logger LOG = Logger.getLogger(FeedFailures.class);

    @Override
    public Optional<ApiException> translate(Throwable failure) {
        if (!(failure instanceof ChangeFeed.FeedUnavailableException)) {
            return Optional.empty();
        }
        LOG.warn("Change feed unavailable: " + failure.getCause());
        return Optional.of(new ApiException(ProblemType.UNAVAILABLE, "The change feed cannot be read right now.", List.of(),
                Map.of("Retry-After", "10")));
    }
}
