package org.oas.migration.platform.testing.contract;

import io.quarkus.test.junit.callback.QuarkusTestAfterAllCallback;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestContext;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Puts {@link ResponseContract} in front of every REST Assured call of every {@code @QuarkusTest} of a module that
 * depends on the platform's test support (registered as Quarkus test callbacks, so no test has to ask for it), and
 * prints its count after each test class. Configured by the application under test:
 * <ul>
 *   <li>{@code oas.testing.contract}: {@code fail} (default), {@code report} or {@code off};</li>
 *   <li>{@code oas.testing.contract.document}: the document's path, {@code /q/openapi} by default;</li>
 *   <li>{@code oas.testing.contract.paths}: the path prefixes checked (comma-separated; all by default), for an
 *       application whose tests reach paths its document describes for someone else (the gateway's merged document
 *       describes the services' paths, which its tests reach on stand-ins).</li>
 * </ul>
 */
public class ResponseContractCallbacks implements QuarkusTestBeforeEachCallback, QuarkusTestAfterAllCallback {

    private static volatile ResponseContract contract;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        ResponseContract current = contract();
        if (current.mode() == ResponseContract.Mode.OFF || RestAssured.filters().contains(current)) {
            return;
        }
        // One of an application started before (another test profile, another class loader) would check against its document.
        List<Filter> filters = new ArrayList<>();
        for (Filter filter : RestAssured.filters()) {
            if (!filter.getClass().getName().equals(ResponseContract.class.getName())) {
                filters.add(filter);
            }
        }
        filters.add(current);
        RestAssured.replaceFiltersWith(filters);
    }

    @Override
    public void afterAll(QuarkusTestContext context) {
        ResponseContract current = contract;
        if (current != null && current.mode() != ResponseContract.Mode.OFF) {
            String scope = context.getTestInstance() == null ? "tests" : context.getTestInstance().getClass().getSimpleName();
            System.out.println(current.summaryAndReset(scope));
        }
    }

    private static ResponseContract contract() {
        ResponseContract current = contract;
        if (current == null) {
            Config config = ConfigProvider.getConfig();
            ResponseContract.Mode mode = ResponseContract.Mode.valueOf(config.getOptionalValue("oas.testing.contract", String.class)
                    .orElse("fail").toUpperCase(Locale.ROOT));
            String document = config.getOptionalValue("oas.testing.contract.document", String.class).orElse("/q/openapi");
            List<String> paths = config.getOptionalValues("oas.testing.contract.paths", String.class).orElse(List.of("/"));
            current = new ResponseContract(mode, document, paths);
            contract = current;
        }
        return current;
    }
}
