package org.oas.migration.platform.patch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.problem.JsonProblems;
import org.oas.migration.platform.problem.ProblemType;

/**
 * PATCH with JSON Merge Patch: the patch applies to the resource's input form, and the result is read and
 * validated exactly like a PUT body, so a patch can never store what a PUT would refuse.
 */
@ApplicationScoped
public class MergePatcher {

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    public <T> T patch(T current, JsonNode patch, Class<T> inputType) {
        if (patch == null || !patch.isObject()) {
            throw new ApiException(ProblemType.MALFORMED_BODY, "A merge patch must be a JSON object");
        }
        JsonNode merged = JsonMergePatch.apply(json.valueToTree(current), patch);
        T result;
        try {
            result = json.treeToValue(merged, inputType);
        } catch (JsonProcessingException e) {
            throw JsonProblems.from(e);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(result);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return result;
    }
}
