package org.oas.migration.platform.persistence;

import org.oas.migration.platform.problem.Causes;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** Classifies persistence failures by walking the cause chain down to the JDBC SQLState. */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /** Connection lost or refused, server shutting down, or no pooled connection to be had in time. */
    public static boolean isUnavailable(Throwable e) {
        return Causes.any(e, DatabaseFailures::isConnectionFailure);
    }

    public static boolean isUniqueViolation(Throwable e) {
        return Causes.any(e, t -> t instanceof SQLException sql && "23505".equals(sql.getSQLState()));
    }

    private static boolean isConnectionFailure(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof ConnectException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                return true;
            }
            String message = String.valueOf(sql.getMessage());
            return message.contains("Acquisition timeout") || message.contains("connection has been closed");
        }
        return false;
    }
}
