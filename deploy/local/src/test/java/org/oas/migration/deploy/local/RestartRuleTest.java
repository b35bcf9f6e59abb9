package org.oas.migration.deploy.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RestartRuleTest {

    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");
    private final RestartRule rule = new RestartRule();

    @Test
    void theFirstExitIsRestartedAfterOneSecond() {
        assertEquals(Optional.of(Duration.ofSeconds(1)), rule.afterExitAt(T0));
    }

    @Test
    void eachFurtherExitWaitsTwiceAsLong() {
        rule.afterExitAt(T0);
        assertEquals(Optional.of(Duration.ofSeconds(2)), rule.afterExitAt(T0.plusSeconds(30)));
        assertEquals(Optional.of(Duration.ofSeconds(4)), rule.afterExitAt(T0.plusSeconds(60)));
    }

    @Test
    void aFourthExitWithinTheWindowStopsTheStack() {
        rule.afterExitAt(T0);
        rule.afterExitAt(T0.plusSeconds(10));
        rule.afterExitAt(T0.plusSeconds(20));
        assertEquals(Optional.empty(), rule.afterExitAt(T0.plusSeconds(30)));
    }

    @Test
    void exitsOlderThanTheWindowNoLongerCount() {
        rule.afterExitAt(T0);
        rule.afterExitAt(T0.plusSeconds(10));
        rule.afterExitAt(T0.plusSeconds(20));
        Instant later = T0.plus(RestartRule.WINDOW).plusSeconds(21);
        assertEquals(Optional.of(Duration.ofSeconds(1)), rule.afterExitAt(later));
    }
}
