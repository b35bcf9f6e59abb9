package org.oas.migration.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

/** Jackson's reading failures as client-facing problems naming the field. */
public final class JsonProblems {

    private JsonProblems() {
    }

    public static ApiException from(JsonProcessingException e) {
        if (e.getCause() instanceof ApiException fromCreator) {
            return fromCreator;
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
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return ApiException.invalid(path(mismatch), "expected " + simpleName(mismatch.getTargetType()));
        }
        return new ApiException(ProblemType.MALFORMED_BODY, "The request body is not valid JSON: "
                + e.getOriginalMessage());
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
