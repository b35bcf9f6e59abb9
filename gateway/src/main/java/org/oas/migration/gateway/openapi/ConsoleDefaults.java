package org.oas.migration.gateway.openapi;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The console fills every parameter that has an example into the form of "Try it out": an optional filter's example
 * there is a filter applied, and a list with all of them applied matches nothing. So in the merged document an
 * optional query, header or cookie parameter keeps its example in its description ("Example: `iom`.") instead, and
 * Execute with the defaults sends only what is required: a list answers its first page. Path parameters and required
 * query parameters keep theirs, values that resolve on a seeded stack (see {@link ExampleLookups}).
 */
final class ConsoleDefaults {

    private ConsoleDefaults() {
    }

    static void addTo(OpenAPI merged) {
        if (merged.getPaths() == null || merged.getPaths().getPathItems() == null) {
            return;
        }
        merged.getPaths().getPathItems().values().forEach(item -> {
            List<Parameter> parameters = new ArrayList<>();
            if (item.getParameters() != null) {
                parameters.addAll(item.getParameters());
            }
            item.getOperations().values().forEach(operation -> {
                if (operation.getParameters() != null) {
                    parameters.addAll(operation.getParameters());
                }
            });
            parameters.forEach(ConsoleDefaults::describeExample);
        });
    }

    private static void describeExample(Parameter parameter) {
        if (parameter.getRef() != null || parameter.getIn() == null || parameter.getIn() == Parameter.In.PATH
                || Boolean.TRUE.equals(parameter.getRequired())) {
            return;
        }
        Object example = parameter.getExample();
        if (example == null && parameter.getSchema() != null && parameter.getSchema().getRef() == null) {
            example = parameter.getSchema().getExample();
        }
        if (example == null && parameter.getExamples() != null && !parameter.getExamples().isEmpty()) {
            example = parameter.getExamples().values().iterator().next().getValue();
        }
        if (example == null) {
            return;
        }
        String description = parameter.getDescription() == null || parameter.getDescription().isBlank() ? ""
                : parameter.getDescription().strip() + (parameter.getDescription().strip().endsWith(".") ? " " : ". ");
        parameter.setDescription(description + "Example: `" + example + "`.");
        parameter.setExample(null);
        parameter.setExamples(null);
        if (parameter.getSchema() != null && parameter.getSchema().getRef() == null) {
            parameter.getSchema().setExample(null);
        }
    }
}
