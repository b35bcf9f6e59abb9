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

    @Test
    void anIfMatchWithTheCurrentVersionAndAnyDigestPasses() {
        assertDoesNotThrow(() -> EntityTags.requireMatch("\"3-AAAAAAAAAAAAAAAA\"", 3));
    }

    @Test
    void anIfMatchWithAnotherVersionAndADigestIsAPreconditionFailure() {
        assertThrows(ApiException.class, () -> EntityTags.requireMatch("\"2-AAAAAAAAAAAAAAAA\"", 3));
        assertThrows(ApiException.class, () -> EntityTags.requireMatch("\"33-AAAAAAAAAAAAAAAA\"", 3));
    }

    @Test
    void theDigestChangesWithTheBody() {
        byte[] before = "{\"name\":\"ECLAC\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] after = "{\"name\":\"ECLAC and the Caribbean\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertNotEquals(EntityTags.digest(before), EntityTags.digest(after));
        assertEquals(16, EntityTags.digest(before).length());
    }
}
