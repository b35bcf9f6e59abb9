package org.oas.migration.gateway.problem;

/** Thrown by the gateway's own resources; {@link ProblemMappers} writes it as problem+json. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final Integer retryAfterSeconds;

    public ProblemException(int status, String title, String detail, Integer retryAfterSeconds) {
        super(detail);
        this.status = status;
        this.title = title;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "Bad Request", detail, null);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
