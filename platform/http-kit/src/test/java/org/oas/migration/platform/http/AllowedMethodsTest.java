package org.oas.migration.platform.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AllowedMethodsTest {

    @Test
    void aParameterIsOneSegment() {
        assertTrue(AllowedMethods.template("/v1/organizations/{idOrCode}").matcher("/v1/organizations/iom").matches());
        assertFalse(AllowedMethods.template("/v1/organizations/{idOrCode}").matcher("/v1/organizations/iom/ancestors").matches());
    }

    @Test
    void aParameterWithItsOwnRegexUsesIt() {
        assertTrue(AllowedMethods.template("/v1/documents/{symbol: .+}").matcher("/v1/documents/CP/doc.1/07").matches());
    }

    @Test
    void literalPartsAreNotRegularExpressions() {
        assertFalse(AllowedMethods.template("/v1/a.b").matcher("/v1/aXb").matches());
    }
}
