package org.oas.migration.platform.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MalformedFormTest {

    @Test
    void theFormReadersBadEscapeIsAMalformedForm() {
        IllegalArgumentException e = new IllegalArgumentException("Failed to decode URL %%% to UTF-8");
        e.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("org.jboss.resteasy.reactive.common.util.URLUtils", "decode", "URLUtils.java", 155),
                new StackTraceElement("org.jboss.resteasy.reactive.server.core.multipart.FormEncodedDataDefinition$FormEncodedDataParser",
                        "doParse", "FormEncodedDataDefinition.java", 151)});
        assertTrue(ProblemMappers.isMalformedForm(e));
    }

    @Test
    void anotherIllegalArgumentIsNot() {
        assertFalse(ProblemMappers.isMalformedForm(new IllegalArgumentException("a bug of ours")));
    }
}
