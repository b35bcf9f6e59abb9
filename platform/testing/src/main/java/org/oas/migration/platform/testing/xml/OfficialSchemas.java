package org.oas.migration.platform.testing.xml;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * The official XSDs the export tests validate against (IATI 2.03, Akoma Ntoso 3.0). They are not the project's and
 * are not copied into it: the build names their folder in the {@code oas.schemas.dir} system property (root pom), and
 * a test asking for one that is not there is skipped, naming the path. Each schema is compiled once per test JVM.
 */
public final class OfficialSchemas {

    public static final String PROPERTY = "oas.schemas.dir";
    private static final Map<String, Schema> COMPILED = new ConcurrentHashMap<>();

    private OfficialSchemas() {
    }

    /** The schema at {@code relativePath} of the folder (e.g. {@code iati-2.03/iati-activities-schema.xsd}). */
    public static Schema named(String relativePath) {
        String folder = System.getProperty(PROPERTY);
        File xsd = new File(folder == null ? "." : folder, relativePath);
        assumeTrue(folder != null && xsd.isFile(), "The official schema is not at " + xsd.getAbsolutePath()
                + " (system property " + PROPERTY + "); schema validation skipped");
        return COMPILED.computeIfAbsent(xsd.getAbsolutePath(), path -> compile(xsd));
    }

    private static Schema compile(File xsd) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // Both import the xml.xsd beside them.
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            return factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("Cannot read the schema " + xsd, e);
        }
    }
}
