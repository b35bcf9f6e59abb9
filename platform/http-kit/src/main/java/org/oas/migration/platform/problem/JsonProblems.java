package org.oas.migration.platform.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.oas.migration.platform.json.UnstorableTextException;

/** Jackson's reading failures as client-facing problems naming the field. */
public final class JsonProblems {

    private JsonProblems() {
    }

    public static ApiException from(JsonProcessingException e) {
        if (e.getCause() instanceof ApiException fromCreator) {
            return fromCreator;
        }
        if (e instanceof UnstorableTextException text) {
            return ApiException.invalid(path(text), text.getOriginalMessage());
        }
        if (e instanceof StreamConstraintsException) {
            return new ApiException(ProblemType.MALFORMED_BODY, "The request body is nested too deeply or holds a value too long to read");
        }
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field '")) {
            String field = e.getOriginalMessage().substring("Duplicate field '".length()).replaceFirst("'.*$", "");
            return ApiException.invalid(field, "is given more than once; give each field once");
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return ApiException.invalid(path(unknown), "unknown field '" + unknown.getPropertyName() + "'");
        }
        if (e instanceof InvalidFormatException format) {
            return ApiException.invalid(path(format),
                    "cannot read '" + format.getValue() + "' as " + simpleName(format.getTargetType()));
        }
        if (e instanceof ValueInstantiationException instantiation) {
            Throwable cause = instantiation.getCause();
            return ApiException.invalid(path(instantiation), cause != null ? cause.getMessage() : "invalid value");
        }
        if (e instanceof MismatchedInputException mismatch) {
            return mismatch.getPath().isEmpty()
                    ? new ApiException(ProblemType.MALFORMED_BODY, "The request body must be " + simpleName(mismatch.getTargetType()))
                    : ApiException.invalid(path(mismatch), "expected " + simpleName(mismatch.getTargetType()));
        }
        return new ApiException(ProblemType.MALFORMED_BODY, "The request body is not valid JSON" + where(e));
    }

    /** Where the parser stopped; Jackson's own message names its classes and options, which a client cannot use. */
    private static String where(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String simpleName(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (type.isEnum() || type == String.class) {
            return "a " + (type.isEnum() ? "known value" : "string");
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "a date (RFC 3339)";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }
}
