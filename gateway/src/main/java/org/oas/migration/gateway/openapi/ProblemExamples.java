package org.oas.migration.gateway.openapi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.oas.migration.platform.problem.ProblemType;

/**
 * Every error answer of the merged document shows its own problem: without an example, the console builds one from
 * the Problem schema's property examples, the same {@code "status": 400} under a 404 or a 503. Each 4xx and 5xx
 * response (an operation's, or a shared one in {@code components/responses}, for the status it is referenced under)
 * whose problem+json body has no example of its own gets one: the suite's problem type for that status
 * (http-kit {@link ProblemType}), the response's description as the detail, and the operation's path as the instance.
 */
final class ProblemExamples {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final String RESPONSES_REF = "#/components/responses/";

    private ProblemExamples() {
    }

    static void addTo(OpenAPI merged) {
        if (merged.getPaths() == null || merged.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, String> sharedStatus = new HashMap<>();
        Map<String, String> sharedInstance = new HashMap<>();
        merged.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values().forEach(operation -> {
            if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                return;
            }
            String instance = instance(path, operation);
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                if (!isError(status)) {
                    return;
                }
                if (response.getRef() != null && response.getRef().startsWith(RESPONSES_REF)) {
                    String name = response.getRef().substring(RESPONSES_REF.length());
                    sharedStatus.putIfAbsent(name, status);
                    sharedInstance.putIfAbsent(name, instance);
                } else {
                    addExample(response, status, instance);
                }
            });
        }));
        if (merged.getComponents() != null && merged.getComponents().getResponses() != null) {
            merged.getComponents().getResponses().forEach((name, response) -> {
                if (sharedStatus.containsKey(name)) {
                    addExample(response, sharedStatus.get(name), sharedInstance.get(name));
                }
            });
        }
    }

    private static boolean isError(String status) {
        return status.length() == 3 && (status.charAt(0) == '4' || status.charAt(0) == '5') && status.chars().allMatch(Character::isDigit);
    }

    private static void addExample(APIResponse response, String status, String instance) {
        Content content = response.getContent();
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        MediaType problem = content.getMediaTypes().get(PROBLEM_JSON);
        if (problem == null || problem.getExample() != null || (problem.getExamples() != null && !problem.getExamples().isEmpty())) {
            return;
        }
        int code = Integer.parseInt(status);
        ProblemType type = ProblemType.forStatus(code);
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", type.status() == code ? type.uri() : "about:blank");
        value.put("title", type.status() == code ? type.title() : "Error " + code);
        value.put("status", code);
        value.put("detail", response.getDescription() == null ? type.title() : response.getDescription());
        value.put("instance", instance);
        problem.addExample(status, OASFactory.createExample().summary(code + " " + value.get("title")).value(value));
    }

    /** The path with each path parameter's example (or its name) in place: a URI reference, as a problem's instance is. */
    private static String instance(String path, Operation operation) {
        String instance = path;
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if (parameter.getIn() == Parameter.In.PATH && parameter.getName() != null) {
                    Object example = parameter.getExample();
                    String value = example == null ? parameter.getName() : example.toString();
                    instance = instance.replace("{" + parameter.getName() + "}", URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
            }
        }
        return instance.replaceAll("[{}]", "");
    }
}
