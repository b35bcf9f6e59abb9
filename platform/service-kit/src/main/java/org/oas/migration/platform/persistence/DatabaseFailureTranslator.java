package org.oas.migration.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.problem.Causes;
import org.oas.migration.platform.problem.FailureTranslator;
import org.oas.migration.platform.problem.ProblemType;

/** What a client sees when the database refuses or fails: 503 to retry, 409 for a taken key, 412 for a lost race. */
@ApplicationScoped
public class DatabaseFailureTranslator implements FailureTranslator {

    private static final Logger LOG = Logger.getLogger(DatabaseFailureTranslator.class);
    private static final Map<String, String> RETRY_LATER = Map.of("Retry-After", "5");

    @Override
    public Optional<ApiException> translate(Throwable failure) {
        if (DatabaseFailures.isUnavailable(failure)) {
            LOG.warnf("Database unavailable: %s", failure.getMessage());
            return Optional.of(new ApiException(ProblemType.UNAVAILABLE, "The database is unavailable; retry shortly",
                    List.of(), RETRY_LATER));
        }
        if (Causes.any(failure, OptimisticLockException.class::isInstance)) {
            return Optional.of(new ApiException(ProblemType.PRECONDITION_FAILED,
                    "The resource was changed by another request; read it again and retry"));
        }
        if (DatabaseFailures.isUniqueViolation(failure)) {
            return Optional.of(ApiException.conflict("A resource with the same key already exists"));
        }
        return Optional.empty();
    }
}
