package org.oas.migration.deploy.bench.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Synthetic activity write bodies shaped like the seed activities (bilingual titles and descriptions, two to three
 * countries, themes, dates at year/month/day precision, participating organizations, geographic coverage), written
 * as NDJSON. Deterministic: line i of a run is always the same body.
 */
final class ActivityLines {

    static final String REPORTING = "bench-iom";
    static final String[] PARTICIPANTS = {"bench-eclac", "bench-unhcr"};
    private static final String[] COUNTRIES = {"SV", "HN", "GT", "MX", "CR", "PA", "CO", "EC", "PE", "DO", "HT", "JM"};
    private static final String[] THEMES = {"labour-migration", "border-management", "health", "remittances", "human-rights",
            "trafficking-and-smuggling", "children", "statistics-and-data", "return-and-reintegration", "capacity-building"};
    private static final String[] STATUSES = {"pipeline", "implementation", "finalisation", "closed"};
    private static final String[][] SUBJECTS = {
            {"Assistance to migrants in transit", "Asistencia a migrantes en tránsito"},
            {"Labour migration information centre", "Centro de información sobre migración laboral"},
            {"Health care for returned migrants", "Atención de salud a migrantes retornados"},
            {"Remittances and local development", "Remesas y desarrollo local"},
            {"Counter-trafficking training for border officials", "Capacitación contra la trata para funcionarios de frontera"}};

    private static final ObjectMapper JSON = new ObjectMapper();

    private ActivityLines() {
    }

    static String externalId(String run, int i) {
        return "BENCH-" + run + "-" + String.format("%06d", i);
    }

    static ObjectNode body(String run, int i, int revision) {
        String[] subject = SUBJECTS[i % SUBJECTS.length];
        int year = 2005 + i % 15;
        ObjectNode body = JSON.createObjectNode();
        body.put("externalId", externalId(run, i));
        body.put("reportingOrganization", REPORTING);
        body.putObject("title").put("en", subject[0] + " #" + i + (revision > 0 ? " (rev. " + revision + ")" : ""))
                .put("es", subject[1] + " n.º " + i);
        body.putObject("description").put("en", "Activity " + i + " of the benchmark: " + subject[0].toLowerCase()
                        + ", with partners in the region and the national migration authorities.")
                .put("es", "Actividad " + i + " del banco de pruebas: " + subject[1].toLowerCase() + ".");
        body.put("status", STATUSES[i % STATUSES.length]);
        body.putArray("participatingOrganizations").addObject().put("organization", PARTICIPANTS[i % 2]).put("role", "implementing");
        body.put("plannedStart", Integer.toString(year));
        body.put("plannedEnd", year + "-12");
        body.put("actualStart", year + "-01-15");
        ArrayNode countries = body.putArray("recipientCountries");
        countries.add(COUNTRIES[i % COUNTRIES.length]).add(COUNTRIES[(i + 5) % COUNTRIES.length]);
        body.putObject("geographicCoverage").put("en", "Border crossings between " + COUNTRIES[i % COUNTRIES.length] + " and "
                + COUNTRIES[(i + 5) % COUNTRIES.length]);
        body.putObject("beneficiaries").put("count", 100 + i % 5000).putObject("description").put("en", "Migrants in transit");
        body.putArray("themes").add(THEMES[i % THEMES.length]).add(THEMES[(i + 3) % THEMES.length]);
        body.putArray("identifiers").addObject().put("scheme", "bench-id").put("value", Integer.toString(i));
        body.put("sourceUpdatedAt", "2026-11-01T10:00:00Z");
        return body;
    }

    /** Lines 1..count of a run; returns the file's size in bytes. */
    static long write(Path file, String run, int count) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 1; i <= count; i++) {
                out.write(JSON.writeValueAsString(body(run, i, 0)));
                out.write('\n');
            }
        }
        return Files.size(file);
    }
}
