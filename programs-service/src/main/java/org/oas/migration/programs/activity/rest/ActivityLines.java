package org.oas.migration.programs.activity.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Collection;
import java.util.Set;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.problem.JsonProblems;
import org.oas.migration.platform.problem.ViolationPaths;
import org.oas.migration.programs.activity.domain.ActivityService;
import org.oas.migration.programs.activity.domain.ActivityWriteResult;
import org.oas.migration.programs.activity.domain.ActivityWriter;
import org.oas.migration.programs.activity.domain.WriteActor;

/**
 * Import lines to activity writes: a line is the JSON body of {@code PUT /v1/activities/by-external-id/{externalId}},
 * read and validated here as the endpoint would, then written by the {@link ActivityService}. This is the one place
 * where a problem becomes a rejected result instead of an error answer.
 */
@ApplicationScoped
public class ActivityLines implements ActivityWriter {

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Inject
    ActivityService service;

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public ActivityWriteResult upsertByExternalId(WriteActor actor, ObjectNode body, boolean dryRun) {
        try {
            ActivityInput input = json.treeToValue(body, ActivityInput.class);
            Set<ConstraintViolation<ActivityInput>> invalid = validator.validate(input);
            if (!invalid.isEmpty()) {
                return ActivityWriteResult.rejected(ApiException.invalid(ViolationPaths.violations(invalid)).problem());
            }
            return service.importLine(actor, input.toActivity(), dryRun).result();
        } catch (JsonProcessingException e) {
            return ActivityWriteResult.rejected(JsonProblems.from(e).problem());
        } catch (ApiException e) {
            return ActivityWriteResult.rejected(e.problem());
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void prefetch(Collection<String> externalIds) {
        service.prefetch(externalIds);
    }
}
