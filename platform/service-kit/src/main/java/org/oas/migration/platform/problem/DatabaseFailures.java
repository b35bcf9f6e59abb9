package org.oas.migration.platform.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** Classifies persistence failures by walking the cause chain down to the JDBC SQLState. */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /** Connection lost or refused, server shutting down, or no pooled connection to be had in time. */
    public static boolean isUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                    return true;
                }
                String message = String.valueOf(sql.getMessage());
                if (message.contains("Acquisition timeout") || message.contains("connection has been closed")) {
                    return true;
                }
            }
        }
        return false;
    }

    public static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
