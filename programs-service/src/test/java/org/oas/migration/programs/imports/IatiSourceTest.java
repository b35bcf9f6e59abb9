package org.oas.migration.programs.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.programs.imports.domain.IatiMapper;
import org.oas.migration.programs.imports.domain.IatiSource;
import org.oas.migration.programs.imports.domain.ImportItem;

/** The IATI 2.03 reading and mapping on IOM's file, without the service (the writer's validation is tested through the API). */
class IatiSourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> REGISTRY = Map.of("XM-DAC-47066", "iom", "XM-DAC-41121", "unhcr", "XM-DAC-41302", "ilo");

    @TempDir
    Path dir;

    @Test
    void mapsIomActivitiesToWriteBodies() throws IOException {
        List<ImportItem> items = read(fixture());
        assertEquals(4, items.size());
        assertEquals(List.of(1, 2, 3, 4), items.stream().map(ImportItem::line).toList());

        ImportItem labour = items.get(0);
        assertNull(labour.problem());
        assertEquals(JSON.readTree("""
                {"externalId": "XM-DAC-47066-LM.0250", "reportingOrganization": "iom",
                 "title": {"en": "Labour mobility and human development in Central America",
                           "es": "Movilidad laboral y desarrollo humano en Centroamérica",
                           "fr": "Mobilité de la main-d'œuvre et développement humain en Amérique centrale"},
                 "description": {"en": "Supports fair recruitment and the protection of migrant workers moving between Guatemala, Honduras and El Salvador.",
                                 "es": "Apoya la contratación equitativa y la protección de los trabajadores migrantes entre Guatemala, Honduras y El Salvador."},
                 "status": "implementation",
                 "plannedStart": "2019-03-01", "actualStart": "2019-04-15", "plannedEnd": "2021-12-31",
                 "recipientCountries": ["GT", "HN", "SV"],
                 "participatingOrganizations": [{"organization": "iom", "role": "accountable"},
                                                {"organization": "ilo", "role": "implementing"}],
                 "themes": ["migration-policy", "labour-migration"],
                 "documents": [{"url": "https://www.iom.int/sites/g/files/tmzbdl486/files/lm-0250-factsheet.pdf",
                                "title": {"en": "Project fact sheet", "es": "Ficha del proyecto"}}],
                 "identifiers": [{"scheme": "iati-activity-id", "value": "XM-DAC-47066-LM.0250"}],
                 "sourceUpdatedAt": "2026-10-15T09:30Z"}"""), labour.body());
        assertEquals(List.of("title in 'de' left out (languages are en, es, fr, pt)",
                "participating-org U.S. Agency for International Development (US-GOV-1) left out: not in the organization registry",
                "sectors without a theme: 43010"), labour.notes());

        JsonNode transit = items.get(1).body();
        assertEquals("Asistencia a migrantes vulnerables en tránsito en El Amatillo", transit.at("/title/es").asText(),
                "narratives without xml:lang take the activity's language");
        assertEquals("Assistance to vulnerable migrants in transit at El Amatillo", transit.at("/title/en").asText());
        assertEquals("closed", transit.get("status").asText());
        assertEquals("2008-12-31", transit.get("actualEnd").asText());
        assertEquals("[\"emergency-response\",\"human-rights\"]", transit.get("themes").toString());
        assertEquals("[{\"organization\":\"unhcr\",\"role\":\"implementing\"}]", transit.get("participatingOrganizations").toString());
        assertEquals("2026-09-30T16:05Z", transit.get("sourceUpdatedAt").asText());
        assertTrue(items.get(1).notes().contains("last-updated-datetime has no time zone; read as UTC"));
        assertTrue(items.get(1).notes().contains("sectors without a theme: vocabulary 99 IOM-MA"));
        assertTrue(items.get(1).notes().stream().anyMatch(n -> n.startsWith("participating-org Cruz Roja Salvadoreña (no @ref)")));

        JsonNode smuggling = items.get(2).body();
        assertEquals("{\"en\":\"Countering migrant smuggling in the Caribbean\",\"pt\":\"Combate ao contrabando de migrantes no Caribe\"}",
                smuggling.get("title").toString());
        assertEquals("pipeline", smuggling.get("status").asText());
        assertFalse(smuggling.has("description"));
        assertFalse(smuggling.has("participatingOrganizations"));
    }

    @Test
    void anUnknownReportingOrganizationRejectsOnlyItsActivity() throws IOException {
        Path file = write("""
                <iati-activities version="2.03">
                  <iati-activity><iati-identifier>XM-DAC-99999-1</iati-identifier><reporting-org ref="XM-DAC-99999"/>
                    <title><narrative xml:lang="en">Unknown</narrative></title></iati-activity>
                  <iati-activity><title><narrative xml:lang="en">No identifier</narrative></title></iati-activity>
                  <iati-activity><iati-identifier>XM-DAC-47066-OK</iati-identifier><reporting-org ref="XM-DAC-47066"/>
                    <title><narrative xml:lang="en">Fine</narrative></title></iati-activity>
                </iati-activities>""");
        List<ImportItem> items = read(file);
        assertEquals("reporting-org", items.get(0).problem().errors().get(0).field());
        assertTrue(items.get(0).problem().errors().get(0).message().startsWith("no organization of the registry has the IATI identifier XM-DAC-99999"));
        assertEquals("XM-DAC-99999-1", items.get(0).externalId());
        assertEquals("iati-identifier", items.get(1).problem().errors().get(0).field());
        assertNull(items.get(2).problem());
    }

    @Test
    void checksTheWholeDocumentBeforeAnythingIsWritten() throws IOException {
        assertEquals(4, IatiSource.check(fixture(), 100));
        assertEquals(413, assertThrows(ApiException.class, () -> IatiSource.check(fixture(), 3)).problem().status());

        ApiException truncated = assertThrows(ApiException.class, () -> IatiSource.check(write(
                "<iati-activities version=\"2.03\"><iati-activity><iati-identifier>x</iati-identifier>"), 100));
        assertEquals(400, truncated.problem().status());
        assertTrue(truncated.problem().detail().startsWith("The import body is not well-formed XML (line 1"), truncated.problem().detail());

        ApiException wrongRoot = assertThrows(ApiException.class, () -> IatiSource.check(write("<activities/>"), 100));
        assertEquals("body", wrongRoot.problem().errors().get(0).field());
        ApiException oldVersion = assertThrows(ApiException.class, () -> IatiSource.check(write("<iati-activities version=\"1.05\"/>"), 100));
        assertEquals("version", oldVersion.problem().errors().get(0).field());
    }

    @Test
    void refusesExternalEntities() throws IOException {
        Path secret = write("top secret");
        Path file = write("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>"
                + "<iati-activities version=\"2.03\"><iati-activity><iati-identifier>&s;</iati-identifier></iati-activity></iati-activities>");
        ApiException refused = assertThrows(ApiException.class, () -> IatiSource.check(file, 100));
        assertEquals(400, refused.problem().status());
        assertFalse(refused.problem().detail().contains("top secret"));
    }

    private List<ImportItem> read(Path file) {
        List<ImportItem> items = new ArrayList<>();
        try (IatiSource source = new IatiSource(file, new IatiMapper(ref -> Optional.ofNullable(REGISTRY.get(ref))))) {
            for (ImportItem item = source.next(); item != null; item = source.next()) {
                items.add(item);
            }
        }
        return items;
    }

    private Path fixture() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/imports/iom-activities.xml")) {
            Path file = dir.resolve("iom.xml");
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return file;
        }
    }

    private Path write(String content) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "iati", ".xml"), content);
    }
}
