package org.oas.migration.platform.problem;

import java.util.Optional;

/**
 * Recognises failures of a layer the HTTP kit does not know (the database, a broker) and says which problem a
 * client should see instead of a 500. Implementations are CDI beans; {@link ProblemMappers} asks each in turn.
 */
public interface FailureTranslator {

    Optional<ApiException> translate(Throwable failure);
}
