package org.oas.migration.deploy.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** An OCI image tarball, unpacked: its reference, its configuration, and its layers laid out as a root file system. */
final class OciImage {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path layout;
    private final JsonNode index;
    private final JsonNode manifest;

    private OciImage(Path layout) throws IOException {
        this.layout = layout;
        this.index = JSON.readTree(layout.resolve("index.json").toFile());
        this.manifest = blob(index.path("manifests").path(0).path("digest").asText());
    }

    /** Unpacks {@code tarball} (an OCI layout) into {@code folder}. */
    static OciImage unpack(Path tarball, Path folder) throws IOException, InterruptedException {
        Processes.deleteTree(folder);
        Files.createDirectories(folder);
        Processes.run(List.of("tar", "-xf", tarball.toString(), "-C", folder.toString()));
        return new OciImage(folder);
    }

    /** The {@code org.opencontainers.image.ref.name} the image carries. */
    String reference() {
        return index.path("manifests").path(0).path("annotations").path("org.opencontainers.image.ref.name").asText();
    }

    /** The image configuration's {@code config} object (User, Entrypoint, Env, ExposedPorts, Labels). */
    JsonNode config() throws IOException {
        return blob(manifest.path("config").path("digest").asText()).path("config");
    }

    /** Extracts every layer, in order, into {@code root}. */
    Path rootFileSystem(Path root) throws IOException, InterruptedException {
        Processes.deleteTree(root);
        Files.createDirectories(root);
        for (JsonNode layer : manifest.path("layers")) {
            Processes.run(List.of("tar", "--warning=no-unknown-keyword", "-xzf", blobPath(layer.path("digest").asText()).toString(),
                    "-C", root.toString()));
        }
        return root;
    }

    private JsonNode blob(String digest) throws IOException {
        return JSON.readTree(blobPath(digest).toFile());
    }

    private Path blobPath(String digest) {
        return layout.resolve("blobs").resolve(digest.replace(':', '/'));
    }
}
