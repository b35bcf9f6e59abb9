package org.oas.migration.platform.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.problem.ProblemType;

class EntityTagsTest {

    @Test
    void aWriteWithoutIfMatchIsUnconditional() {
        assertDoesNotThrow(() -> EntityTags.requireMatch(null, 3));
        assertDoesNotThrow(() -> EntityTags.requireMatch("*", 3));
    }

    @Test
    void anIfMatchNamingTheCurrentVersionAmongOthersPasses() {
        assertDoesNotThrow(() -> EntityTags.requireMatch("\"1\", W/\"3\"", 3));
    }

    @Test
    void aStaleIfMatchIsAPreconditionFailure() {
        ApiException stale = assertThrows(ApiException.class, () -> EntityTags.requireMatch("\"2\"", 3));
        assertEquals(ProblemType.PRECONDITION_FAILED, stale.type());
    }

    @Test
    void anUnquotedTagIsNotTheCurrentOne() {
        assertThrows(ApiException.class, () -> EntityTags.requireMatch("3", 3));
    }
}
