package org.oas.migration.programs.iati.domain;

import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.oas.migration.programs.activity.domain.Activity;
import org.oas.migration.programs.activity.domain.ActivityView;
import org.oas.migration.programs.activity.domain.PartialDate;
import org.oas.migration.programs.activity.domain.Theme;
import org.oas.migration.programs.directory.domain.OrganizationRef;
import org.oas.migration.programs.iati.persistence.IatiOrganizations;
import org.oas.migration.platform.text.Identifier;

/**
 * Activities as an IATI 2.03 {@code iati-activities} document, written with StAX one activity at a time: the inverse
 * of the import's mapping ({@code imports.domain.IatiMapper}), over the same code tables ({@link IatiCodes}), so an
 * exported activity imported again is unchanged as far as the mapping carries it. Elements are written in the order
 * the schema's sequence requires. Callers write only activities that meet {@code IatiRequirements}.
 *
 * <p>What the mapping carries: {@code iati-identifier} (see {@link #identifier}), {@code reporting-org} (its
 * {@code iati-org-id}, IATI type and names), title and description narratives (one per language of the map, each with
 * its {@code xml:lang}), participating organizations (with {@code @ref} where the registry has their {@code iati-org-id}),
 * status, dates (a date at year or month precision is written as its first day for a start and its last day for an
 * end: IATI dates are days), recipient countries, themes as DAC sectors, web documents ({@code document-link}, category
 * A12, format by the URL), {@code sourceUpdatedAt} as {@code last-updated-datetime}. Beyond it: contacts as
 * {@code contact-info} (e-mail and telephone only in the view the caller may see). Not written: the programme,
 * geographic coverage, beneficiaries, mandates, documents of meetings-service (by symbol), themes without a DAC code.
 */
public final class IatiActivitiesWriter {

    public static final String VERSION = "2.03";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final String WEB_PAGE_CATEGORY = "A12";
    private static final String INTERNAL_ID_TYPE = "A1";
    private static final String GENERAL_ENQUIRIES = "1";

    private final XMLStreamWriter xml;

    /** Starts the document: the XML declaration and the {@code iati-activities} element. */
    public IatiActivitiesWriter(OutputStream out, OffsetDateTime generated) {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("iati-activities");
            xml.writeAttribute("version", VERSION);
            xml.writeAttribute("generated-datetime", dateTime(generated));
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot start the IATI document", e);
        }
    }

    /**
     * The {@code iati-identifier} of an activity: its {@code iati-activity-id} identifier when it has one (an imported
     * activity has), else its {@code externalId} when that already begins with the reporting organization's identifier
     * and a hyphen, else the two joined by a hyphen ({@code XM-DAC-47066-SV-2008-017}), as IATI asks.
     */
    public static String identifier(ActivityView activity, String reportingRef) {
        Optional<String> recorded = Activity.orEmpty(activity.identifiers()).stream()
                .filter(i -> IatiCodes.ACTIVITY_ID_SCHEME.equals(i.scheme())).map(Identifier::value).findFirst();
        if (recorded.isPresent()) {
            return recorded.get();
        }
        String prefix = reportingRef + "-";
        return activity.externalId().startsWith(prefix) ? activity.externalId() : prefix + activity.externalId();
    }

    /**
     * One {@code iati-activity}.
     *
     * @param organizations what the registry says of the organizations the activity names, by code
     */
    public void write(ActivityView activity, Map<String, IatiOrganizations.Organization> organizations) {
        try {
            IatiOrganizations.Organization reporting = organizations.get(activity.reportingOrganization().code());
            String ref = Objects.requireNonNull(reporting == null ? null : reporting.ref(), "an activity without reporting-org/@ref");
            xml.writeCharacters("\n  ");
            xml.writeStartElement("iati-activity");
            if (activity.sourceUpdatedAt() != null) {
                xml.writeAttribute("last-updated-datetime", dateTime(activity.sourceUpdatedAt()));
            }
            String identifier = identifier(activity, ref);
            text("iati-identifier", identifier);
            xml.writeStartElement("reporting-org");
            xml.writeAttribute("ref", ref);
            xml.writeAttribute("type", IatiCodes.organisationType(reporting.type()));
            narratives(activity.reportingOrganization().name());
            xml.writeEndElement();
            element("title", activity.title());
            xml.writeStartElement("description");
            xml.writeAttribute("type", "1");
            narratives(activity.description());
            xml.writeEndElement();
            for (ActivityView.Participation participation : Activity.orEmpty(activity.participatingOrganizations())) {
                participant(participation, organizations.get(participation.organization().code()));
            }
            if (!identifier.equals(activity.externalId())) {
                xml.writeEmptyElement("other-identifier");
                xml.writeAttribute("ref", activity.externalId());
                xml.writeAttribute("type", INTERNAL_ID_TYPE);
            }
            xml.writeEmptyElement("activity-status");
            xml.writeAttribute("code", IatiCodes.statusCode(activity.status().value()));
            date("plannedStart", activity.plannedStart(), true);
            date("actualStart", activity.actualStart(), true);
            date("plannedEnd", activity.plannedEnd(), false);
            date("actualEnd", activity.actualEnd(), false);
            for (Activity.Contact contact : Activity.orEmpty(activity.contacts())) {
                contact(contact, activity.reportingOrganization());
            }
            for (String country : Activity.orEmpty(activity.recipientCountries())) {
                xml.writeEmptyElement("recipient-country");
                xml.writeAttribute("code", country);
            }
            for (Theme theme : Activity.orEmpty(activity.themes())) {
                Optional<String> sector = IatiCodes.sectorOf(theme.value());
                if (sector.isPresent()) {
                    xml.writeEmptyElement("sector");
                    xml.writeAttribute("vocabulary", IatiCodes.DAC_VOCABULARY);
                    xml.writeAttribute("code", sector.get());
                }
            }
            for (ActivityView.Document document : Activity.orEmpty(activity.documents())) {
                if (document.url() != null) {
                    document(document);
                }
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write activity " + activity.id() + " as IATI", e);
        }
    }

    /** Ends the document and flushes it (the stream stays open). */
    public void finish() {
        try {
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot end the IATI document", e);
        }
    }

    /** Flushes what is written so far to the stream (between pages of a long export). */
    public void flush() {
        try {
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the IATI document", e);
        }
    }

    private void participant(ActivityView.Participation participation, IatiOrganizations.Organization known) throws XMLStreamException {
        xml.writeStartElement("participating-org");
        if (known != null && known.ref() != null) {
            xml.writeAttribute("ref", known.ref());
        }
        if (known != null) {
            xml.writeAttribute("type", IatiCodes.organisationType(known.type()));
        }
        xml.writeAttribute("role", IatiCodes.roleCode(participation.role().value()));
        narratives(participation.organization().name());
        xml.writeEndElement();
    }

    private void date(String field, String value, boolean start) throws XMLStreamException {
        Optional<PartialDate> date = PartialDate.parse(value);
        if (date.isPresent()) {
            xml.writeEmptyElement("activity-date");
            xml.writeAttribute("type", IatiCodes.dateType(field));
            xml.writeAttribute("iso-date", (start ? date.get().first() : date.get().last()).toString());
        }
    }

    /** A contact: the reporting organization, the person and their role, and e-mail and phone when the view has them. */
    private void contact(Activity.Contact contact, OrganizationRef reporting) throws XMLStreamException {
        xml.writeStartElement("contact-info");
        xml.writeAttribute("type", GENERAL_ENQUIRIES);
        element("organisation", reporting.name());
        plainElement("person-name", contact.name());
        plainElement("job-title", contact.role());
        if (contact.phone() != null) {
            text("telephone", contact.phone());
        }
        if (contact.email() != null) {
            text("email", contact.email());
        }
        xml.writeEndElement();
    }

    private void document(ActivityView.Document document) throws XMLStreamException {
        xml.writeStartElement("document-link");
        xml.writeAttribute("url", document.url());
        xml.writeAttribute("format", format(document.url()));
        xml.writeStartElement("title");
        if (document.title() == null || document.title().isEmpty()) {
            xml.writeStartElement("narrative");   // the schema asks for one; an empty one reads back as no title
            xml.writeEndElement();
        } else {
            narratives(document.title());
        }
        xml.writeEndElement();
        xml.writeEmptyElement("category");
        xml.writeAttribute("code", WEB_PAGE_CATEGORY);
        xml.writeEndElement();
    }

    /** IATI FileFormat (IANA media types) by the URL's ending: a PDF, else a web page. */
    private static String format(String url) {
        String path = url.toLowerCase(Locale.ROOT).replaceFirst("[?#].*$", "");
        return path.endsWith(".pdf") ? "application/pdf" : "text/html";
    }

    /** An element of narratives, one per language of the map. */
    private void element(String name, Map<String, String> texts) throws XMLStreamException {
        xml.writeStartElement(name);
        narratives(texts);
        xml.writeEndElement();
    }

    /** An element with one narrative of text in no particular language (a person's name). */
    private void plainElement(String name, String text) throws XMLStreamException {
        if (text == null || text.isBlank()) {
            return;
        }
        xml.writeStartElement(name);
        text("narrative", text);
        xml.writeEndElement();
    }

    /** A language map as narratives, in the order of the OAS languages, each with its {@code xml:lang}. */
    private void narratives(Map<String, String> texts) throws XMLStreamException {
        for (String language : IatiCodes.LANGUAGES) {
            String text = texts == null ? null : texts.get(language);
            if (text != null) {
                xml.writeStartElement("narrative");
                xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", language);
                xml.writeCharacters(text);
                xml.writeEndElement();
            }
        }
    }

    private void text(String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** xsd:dateTime in UTC, with seconds (2026-10-15T09:30:00Z). */
    private static String dateTime(OffsetDateTime time) {
        return DATE_TIME.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }

}
