package org.oas.migration.deploy.local;

import java.lang.reflect.Proxy;

/**
 * Handles SIGINT and SIGTERM ourselves instead of only relying on a shutdown hook: the JDK runs all hooks
 * in parallel, including those the embedded PostgreSQL and Kafka register, so a hook alone could stop
 * PostgreSQL while the services still use it. Here the order is ours; the hooks then find nothing left.
 * sun.misc.Signal is reached reflectively, so the build shows no internal-API warnings; without it
 * the shutdown hook still stops everything, only not in order.
 */
final class Signals {

    private Signals() {
    }

    static void onStop(Runnable action) {
        try {
            Class<?> signalClass = Class.forName("sun.misc.Signal");
            Class<?> handlerClass = Class.forName("sun.misc.SignalHandler");
            for (String name : new String[] {"INT", "TERM"}) {
                int exitCode = name.equals("INT") ? 130 : 143; // the shell's convention: 128 + signal number
                Object handler = Proxy.newProxyInstance(Signals.class.getClassLoader(), new Class<?>[] {handlerClass},
                        (proxy, method, args) -> switch (method.getName()) {
                            case "handle" -> {
                                // Runs in a thread of its own; a second Ctrl-C waits for the first stop (Stack.stopAll).
                                action.run();
                                System.exit(exitCode);
                                yield null;
                            }
                            case "hashCode" -> System.identityHashCode(proxy);
                            case "equals" -> proxy == args[0];
                            default -> "SignalHandler[" + name + "]";
                        });
                Object signal = signalClass.getConstructor(String.class).newInstance(name);
                signalClass.getMethod("handle", signalClass, handlerClass).invoke(null, signal, handler);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.err.println("Note: cannot handle signals (" + e + "); the shutdown hook will stop everything.");
        }
    }
}
