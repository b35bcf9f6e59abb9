package org.oas.migration.programs.imports.domain;

import java.util.ArrayList;
import java.util.List;

/** One {@code iati-activity} as read from the XML, before it is mapped (only the elements an import uses). */
final class IatiActivity {

    /** A {@code narrative}: its language ({@code xml:lang}, or null) and text. */
    record Narrative(String lang, String text) {
    }

    record ActivityDate(String type, String isoDate) {
    }

    record Participant(String ref, String role, List<Narrative> names) {
    }

    record Sector(String vocabulary, String code) {
    }

    record DocumentLink(String url, List<Narrative> title) {
    }

    final int line;
    final int xmlLine;
    String defaultLang;
    String lastUpdated;
    String identifier;
    String reportingOrgRef;
    String statusCode;
    final List<Narrative> title = new ArrayList<>();
    /** General descriptions (type 1, or no type), each a list of narratives. */
    final List<List<Narrative>> descriptions = new ArrayList<>();
    final List<ActivityDate> dates = new ArrayList<>();
    final List<String> recipientCountries = new ArrayList<>();
    final List<Participant> participants = new ArrayList<>();
    final List<Sector> sectors = new ArrayList<>();
    final List<DocumentLink> documents = new ArrayList<>();

    IatiActivity(int line, int xmlLine) {
        this.line = line;
        this.xmlLine = xmlLine;
    }
}
