package org.oas.migration.deploy.images;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One service's image: where its Quarkus application is built, its name, and the prefix of its configuration
 * variables ({@code ORGANIZATIONS_PORT}, ...), which the image sets to the container ports every manifest uses.
 */
public record ServiceImage(String module, String configPrefix, boolean bindsLoopbackByDefault) {

    /** The port the API listens on inside a container (the manifests' {@code http} port). */
    public static final int HTTP_PORT = 8080;
    /** The management interface's port inside a container: health probes and metrics. */
    public static final int MANAGEMENT_PORT = 9000;
    /** The image's tag: the version the manifests deploy. */
    public static final String TAG = "0.1.0";

    /** The suite's four services. */
    public static List<ServiceImage> all() {
        return List.of(new ServiceImage("organizations-service", "ORGANIZATIONS", true),
                new ServiceImage("meetings-service", "MEETINGS", true),
                new ServiceImage("programs-service", "PROGRAMS", true),
                new ServiceImage("gateway", "GATEWAY", false));
    }

    /** The image reference, as the Kubernetes manifests name it. */
    public String reference() {
        return "oas-migration/" + module + ":" + TAG;
    }

    /** The fast-jar folder the Quarkus build writes. */
    public Path application(Path repository) {
        return repository.resolve(module).resolve("target/quarkus-app");
    }

    /**
     * The environment a container starts with: every interface (the kubelet probes from outside the pod; a service
     * binds loopback by default outside a container, the gateway every interface already) on the container ports. A
     * deployment may override any of them.
     */
    public Map<String, String> environment() {
        Map<String, String> environment = new TreeMap<>(Map.of(configPrefix + "_PORT", String.valueOf(HTTP_PORT),
                configPrefix + "_MANAGEMENT_HOST", "0.0.0.0",
                configPrefix + "_MANAGEMENT_PORT", String.valueOf(MANAGEMENT_PORT)));
        if (bindsLoopbackByDefault) {
            environment.put(configPrefix + "_HOST", "0.0.0.0");
        }
        return environment;
    }
}
