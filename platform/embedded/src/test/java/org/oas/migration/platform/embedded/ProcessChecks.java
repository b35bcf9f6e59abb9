package org.oas.migration.platform.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

/** Assertions that nothing this JVM started is still running. */
final class ProcessChecks {

    private ProcessChecks() {
    }

    static void assertGone(ProcessHandle handle) {
        assertFalse(handle.isAlive(), "process " + handle.pid() + " still alive");
    }

    static void assertNoChildProcesses() {
        List<String> alive = ProcessHandle.current().descendants()
                .filter(ProcessHandle::isAlive)
                .map(p -> p.pid() + " " + p.info().commandLine().orElse("?"))
                .toList();
        assertEquals(List.of(), alive, "child processes left running");
    }
}
