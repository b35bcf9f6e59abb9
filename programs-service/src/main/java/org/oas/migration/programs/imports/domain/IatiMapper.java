package org.oas.migration.programs.imports.domain;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.programs.iati.domain.IatiCodes;

/**
 * One IATI 2.03 activity as an activity write body (the NDJSON line it would have been). What cannot be carried
 * over is dropped with a note on the line; only what makes the activity unidentifiable (no iati-identifier, a
 * reporting organization missing from the registry) rejects the line here. Everything else (countries, dates,
 * titles) is validated by the activity writer, like any other write.
 */
public final class IatiMapper {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Function<String, Optional<String>> organizationCodeForRef;

    /** @param organizationCodeForRef an IATI organisation identifier (XM-DAC-47066) to a registry code (iom) */
    public IatiMapper(Function<String, Optional<String>> organizationCodeForRef) {
        this.organizationCodeForRef = organizationCodeForRef;
    }

    ImportItem map(IatiActivity activity) {
        List<String> notes = new ArrayList<>();
        String externalId = activity.identifier;
        if (externalId == null || externalId.isEmpty()) {
            return rejected(activity, null, "iati-identifier", "is required: it is the activity's externalId", notes);
        }
        if (activity.reportingOrgRef == null) {
            return rejected(activity, externalId, "reporting-org", "must carry @ref, the reporting organisation's IATI identifier", notes);
        }
        Optional<String> reporting = organizationCodeForRef.apply(activity.reportingOrgRef);
        if (reporting.isEmpty()) {
            return rejected(activity, externalId, "reporting-org",
                    "no organization of the registry has the IATI identifier " + activity.reportingOrgRef, notes);
        }
        ObjectNode body = NODES.objectNode();
        body.put("externalId", externalId);
        body.put("reportingOrganization", reporting.get());
        putLanguageMap(body, "title", activity.title, activity, notes);
        putLanguageMap(body, "description", joined(activity.descriptions), activity, notes);
        status(body, activity, notes);
        dates(body, activity, notes);
        countries(body, activity);
        participants(body, activity, notes);
        themes(body, activity, notes);
        documents(body, activity, notes);
        body.putArray("identifiers").addObject().put("scheme", IatiCodes.ACTIVITY_ID_SCHEME).put("value", externalId);
        sourceUpdatedAt(body, activity, notes);
        return ImportItem.of(activity.line, body, notes);
    }

    private static ImportItem rejected(IatiActivity activity, String externalId, String field, String message, List<String> notes) {
        String located = message + " (iati-activity " + activity.line + ", XML line " + activity.xmlLine + ")";
        return ImportItem.unreadable(activity.line, externalId, ApiException.invalid(field, located).problem(), notes);
    }

    private static void status(ObjectNode body, IatiActivity activity, List<String> notes) {
        if (activity.statusCode == null) {
            return;
        }
        String status = IatiCodes.STATUS.get(activity.statusCode);
        if (status == null) {
            notes.add("activity-status code " + activity.statusCode + " is not an IATI status (1-6); status left out");
        } else {
            body.put("status", status);
        }
    }

    private static void dates(ObjectNode body, IatiActivity activity, List<String> notes) {
        for (IatiActivity.ActivityDate date : activity.dates) {
            String field = IatiCodes.DATE_FIELD.get(date.type());
            if (field == null || date.isoDate() == null) {
                notes.add("activity-date of type " + date.type() + " left out (types are 1-4, with @iso-date)");
            } else if (body.has(field)) {
                notes.add("a second activity-date of type " + date.type() + " left out");
            } else {
                body.put(field, date.isoDate());
            }
        }
    }

    private static void countries(ObjectNode body, IatiActivity activity) {
        Set<String> codes = new LinkedHashSet<>();
        activity.recipientCountries.forEach(code -> codes.add(code.toUpperCase(Locale.ROOT)));
        if (!codes.isEmpty()) {
            ArrayNode countries = body.putArray("recipientCountries");
            codes.forEach(countries::add);
        }
    }

    private void participants(ObjectNode body, IatiActivity activity, List<String> notes) {
        Set<String> seen = new LinkedHashSet<>();
        ArrayNode participants = NODES.arrayNode();
        for (IatiActivity.Participant participant : activity.participants) {
            String name = participant.names().isEmpty() ? participant.ref() : participant.names().get(0).text();
            String role = IatiCodes.ROLE.get(participant.role());
            if (role == null) {
                notes.add("participating-org " + name + " left out: role " + participant.role() + " is not 1-4");
                continue;
            }
            Optional<String> code = participant.ref() == null ? Optional.empty() : organizationCodeForRef.apply(participant.ref());
            if (code.isEmpty()) {
                notes.add("participating-org " + name + (participant.ref() == null ? " (no @ref)" : " (" + participant.ref() + ")")
                        + " left out: not in the organization registry");
                continue;
            }
            if (seen.add(code.get() + "/" + role)) {
                participants.addObject().put("organization", code.get()).put("role", role);
            }
        }
        if (!participants.isEmpty()) {
            body.set("participatingOrganizations", participants);
        }
    }

    private static void themes(ObjectNode body, IatiActivity activity, List<String> notes) {
        Set<String> themes = new LinkedHashSet<>();
        List<String> unmapped = new ArrayList<>();
        for (IatiActivity.Sector sector : activity.sectors) {
            String vocabulary = sector.vocabulary() == null ? IatiCodes.DAC_VOCABULARY : sector.vocabulary();
            List<String> mapped = IatiCodes.DAC_VOCABULARY.equals(vocabulary) ? IatiCodes.SECTOR_THEMES.get(sector.code()) : null;
            if (mapped == null) {
                unmapped.add((IatiCodes.DAC_VOCABULARY.equals(vocabulary) ? "" : "vocabulary " + vocabulary + " ") + sector.code());
            } else {
                themes.addAll(mapped);
            }
        }
        if (!unmapped.isEmpty()) {
            notes.add("sectors without a theme: " + String.join(", ", unmapped));
        }
        if (!themes.isEmpty()) {
            ArrayNode array = body.putArray("themes");
            themes.forEach(array::add);
        }
    }

    private static void documents(ObjectNode body, IatiActivity activity, List<String> notes) {
        ArrayNode documents = NODES.arrayNode();
        for (IatiActivity.DocumentLink link : activity.documents) {
            if (link.url() == null || !(link.url().startsWith("https://") || link.url().startsWith("http://"))) {
                notes.add("document-link without an http(s) @url left out");
                continue;
            }
            ObjectNode document = documents.addObject().put("url", link.url());
            ObjectNode title = languageMap(link.title(), activity, notes, "document-link title");
            if (!title.isEmpty()) {
                document.set("title", title);
            }
        }
        if (!documents.isEmpty()) {
            body.set("documents", documents);
        }
    }

    private static void sourceUpdatedAt(ObjectNode body, IatiActivity activity, List<String> notes) {
        if (activity.lastUpdated == null) {
            return;
        }
        try {
            body.put("sourceUpdatedAt", OffsetDateTime.parse(activity.lastUpdated).toString());
        } catch (DateTimeParseException withoutOffset) {
            try {
                body.put("sourceUpdatedAt", LocalDateTime.parse(activity.lastUpdated).atOffset(ZoneOffset.UTC).toString());
                notes.add("last-updated-datetime has no time zone; read as UTC");
            } catch (DateTimeParseException e) {
                notes.add("last-updated-datetime " + activity.lastUpdated + " is not a date-time; left out");
            }
        }
    }

    private static void putLanguageMap(ObjectNode body, String field, List<IatiActivity.Narrative> narratives,
                                       IatiActivity activity, List<String> notes) {
        ObjectNode map = languageMap(narratives, activity, notes, field);
        if (!map.isEmpty()) {
            body.set(field, map);
        }
    }

    /** Narratives as a language map: en/es/fr/pt only, the first text of each language. */
    private static ObjectNode languageMap(List<IatiActivity.Narrative> narratives, IatiActivity activity, List<String> notes,
                                          String what) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (IatiActivity.Narrative narrative : narratives) {
            String lang = language(narrative.lang() != null ? narrative.lang() : activity.defaultLang);
            if (lang == null) {
                lang = "en";
                notes.add(what + ": a narrative without xml:lang (and no default language) read as English");
            }
            if (!IatiCodes.LANGUAGES.contains(lang)) {
                notes.add(what + " in '" + lang + "' left out (languages are en, es, fr, pt)");
            } else {
                texts.putIfAbsent(lang, narrative.text());
            }
        }
        ObjectNode map = NODES.objectNode();
        texts.forEach(map::put);
        return map;
    }

    /** "EN", "es-MX" -> "en", "es"; null when absent. */
    private static String language(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        return tag.trim().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    }

    /** Several general descriptions become one text per language, in document order. */
    private static List<IatiActivity.Narrative> joined(List<List<IatiActivity.Narrative>> descriptions) {
        if (descriptions.size() <= 1) {
            return descriptions.isEmpty() ? List.of() : descriptions.get(0);
        }
        Map<String, String> byLang = new LinkedHashMap<>();
        for (List<IatiActivity.Narrative> description : descriptions) {
            for (IatiActivity.Narrative narrative : description) {
                byLang.merge(String.valueOf(narrative.lang()), narrative.text(), (a, b) -> a + "\n\n" + b);
            }
        }
        List<IatiActivity.Narrative> joined = new ArrayList<>();
        byLang.forEach((lang, text) -> joined.add(new IatiActivity.Narrative("null".equals(lang) ? null : lang, text)));
        return joined;
    }
}
