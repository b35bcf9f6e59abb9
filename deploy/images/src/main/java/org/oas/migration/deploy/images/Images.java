package org.oas.migration.deploy.images;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds every service's image tarball: {@code Images <repository> <output folder>}; each image is
 * {@code <output>/<module>.tar} (OCI layout, loadable with {@code docker load}, {@code podman load} or
 * {@code skopeo copy oci-archive:...}). Where a training run can start (root), a service with a training workload
 * gets an AOT cache trained in its own image ({@link AotTraining}) as a last layer.
 */
public final class Images {

    private Images() {
    }

    public static void main(String[] args) throws Exception {
        Path repository = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path output = Path.of(args.length > 1 ? args[1] : "deploy/images/target/images").toAbsolutePath().normalize();
        for (Path tarball : buildAll(repository, output)) {
            System.out.printf("%s (%d MB)%n", tarball, Files.size(tarball) >> 20);
        }
    }

    /** Builds the four images into {@code output}; the runtime and Jib's layer cache are kept there between builds. */
    public static List<Path> buildAll(Path repository, Path output) throws Exception {
        Path jdk = JavaRuntime.findJdk().orElseThrow(() -> new IllegalStateException(
                "no JDK " + JavaRuntime.FEATURE + "+ with jlink found (IMAGE_JDK, /usr/lib/jvm, java.home)"));
        Path runtime = JavaRuntime.link(jdk, output.resolve("work/java-runtime"));
        ImageBuilder builder = new ImageBuilder(runtime, JavaRuntime.describe(jdk), output.resolve("work"));
        List<Path> tarballs = new ArrayList<>();
        for (ServiceImage image : ServiceImage.all()) {
            Path tarball = output.resolve(image.module() + ".tar");
            builder.build(image, image.application(repository), Optional.empty(), tarball);
            if (AotTraining.possible()) {
                Optional<Path> cache = AotTraining.train(image, tarball, output.resolve("work/training/" + image.module()),
                        output.resolve("aot/" + image.module() + ".aot"));
                if (cache.isPresent()) {
                    builder.build(image, image.application(repository), cache, tarball);
                }
            }
            tarballs.add(tarball);
        }
        return tarballs;
    }
}
