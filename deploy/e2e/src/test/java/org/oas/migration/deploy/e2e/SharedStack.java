package org.oas.migration.deploy.e2e;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One local stack for every e2e test class of a run: started by the first class that asks for a
 * {@link LocalStackProcess} parameter (e.g. in its {@code @BeforeAll}), stopped when the run ends (JUnit closes what the
 * root store holds). A stack start costs a minute or more; the classes leave each other's data alone. The stack holds
 * the seed, so the hostile-input sweep finds a real resource for every {@code {id}} operation.
 */
final class SharedStack implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedStack.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalStackProcess.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(LocalStackProcess.class, type -> {
            try {
                return new LocalStackProcess(true);
            } catch (Exception e) {
                throw new IllegalStateException("The local stack did not start", e);
            }
        }, LocalStackProcess.class);
    }
}
