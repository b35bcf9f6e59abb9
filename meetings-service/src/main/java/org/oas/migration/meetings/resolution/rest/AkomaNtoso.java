package org.oas.migration.meetings.resolution.rest;

import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.oas.migration.meetings.directory.domain.OrganizationRef;
import org.oas.migration.meetings.resolution.domain.ResolutionStatus;
import org.oas.migration.meetings.resolution.persistence.Paragraphs;
import org.oas.migration.platform.http.Languages;

/**
 * A resolution as an Akoma Ntoso 3.0 document (OASIS LegalDocML, {@value #NAMESPACE}), one FRBR expression per
 * language, written with the JDK's StAX writer (which escapes text and attributes).
 *
 * <p><b>Why {@code <statement>}.</b> The schema defines {@code statement} as "an official document of a body that may or
 * may not be normative in structure (e.g., statements, resolutions, etc.)", and the UN's AKN4UN guidelines mark up
 * resolutions and draft resolutions as {@code <statement>} with their subclass in {@code name}. An {@code act} is
 * legislation enacted in a jurisdiction, which an OAS resolution is not. So: {@code <statement name="resolution">}
 * (an adopted resolution) or {@code <statement name="draftResolution">} (any other status), with the open structure
 * the schema gives a statement: {@code meta}, {@code preface} (symbol, title, adoption date), {@code preamble} (the
 * preambular paragraphs as {@code recitals}, left out when there are none, since a preamble may not be empty) and
 * {@code mainBody} (the operative paragraphs: {@code <paragraph eId="para_5bis"><num>5bis</num><content><p>}).
 * A resolution whose operative text is not recorded here has a {@code mainBody} of one {@code <p><omissis/></p>}
 * (the schema requires the main body to hold something).
 *
 * <p><b>Identification</b> (AKN naming convention): the work is
 * {@code /akn/oas/<name>/<date>/<number>}, the number being the symbol (or a draft's classification) in lower case
 * with every run of other characters a hyphen ({@code AG/RES. 2248 (XXXVI-O/06)} is {@code ag-res-2248-xxxvi-o-06});
 * the date is the adoption date, or when that is not recorded the year of the symbol ({@code /akn/oas/resolution/2006/…},
 * with {@code FRBRdate} 1 January and {@code name="adoptionYear"}), or else the day the resolution was recorded here
 * ({@code name="registration"}). The expression adds the ISO 639-2 language and {@code @} (the original version):
 * {@code …/eng@}; the manifestation is {@code …/eng@/!main.xml}, dated by the resolution's last change. The author
 * of work and expression is the adopting body; {@code FRBRcountry} is {@code oas}.
 *
 * <p><b>Languages.</b> An expression is the whole text in one language: the title and every paragraph. {@link
 * #languages} lists those a resolution has. Preambular verbs are stored once, not per language, so every expression
 * carries them as stored. Characters XML 1.0 cannot carry (control characters other than tab, line feed and carriage
 * return) are written as U+FFFD.
 */
public final class AkomaNtoso {

    public static final String MEDIA_TYPE = "application/akn+xml";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);
    public static final String NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    static final String COUNTRY = "oas";
    private static final String ONTOLOGY = "/akn/ontology/organizations/oas/";
    private static final String SOURCE = "meetingsService";
    private static final Map<String, String> ISO_639_2 = Map.of("en", "eng", "es", "spa", "fr", "fra", "pt", "por");

    private AkomaNtoso() {
    }

    /** The languages (of en, es, fr, pt, in that order) in which the title and every paragraph have text. */
    public static List<String> languages(ResolutionView r) {
        return Languages.OFFICIAL.stream().sorted()
                .filter(language -> has(r.title(), language)
                        && r.preambular().stream().allMatch(p -> has(p.text(), language))
                        && r.operative().stream().allMatch(p -> has(p.text(), language)))
                .toList();
    }

    /** The work IRI, e.g. {@code /akn/oas/resolution/2006-06-06/ag-res-2248-xxxvi-o-06}. */
    public static String workUri(ResolutionView r) {
        return "/akn/" + COUNTRY + "/" + name(r) + "/" + WorkDate.of(r).uriPart() + "/" + number(r);
    }

    /** The document of {@code r} in {@code language}, which must be one of {@link #languages}. */
    public static byte[] write(ResolutionView r, String language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try {
            XMLStreamWriter writer = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            Xml xml = new Xml(writer);
            writer.writeStartDocument("UTF-8", "1.0");
            writer.writeStartElement("akomaNtoso");
            writer.writeDefaultNamespace(NAMESPACE);
            xml.start("statement", "name", name(r));
            meta(xml, r, language);
            preface(xml, r, language);
            preamble(xml, r.preambular(), language);
            mainBody(xml, r.operative(), language);
            xml.end();
            writer.writeEndElement();
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing an Akoma Ntoso document to memory failed", e);
        }
        return out.toByteArray();
    }

    private static void meta(Xml xml, ResolutionView r, String language) throws XMLStreamException {
        String work = workUri(r);
        String expression = work + "/" + ISO_639_2.get(language) + "@";
        WorkDate date = WorkDate.of(r);
        String author = "#" + r.body().code();
        xml.start("meta");
        xml.start("identification", "source", "#" + SOURCE);

        xml.start("FRBRWork");
        xml.empty("FRBRthis", "value", work + "/!main");
        xml.empty("FRBRuri", "value", work);
        xml.empty("FRBRdate", "date", date.date().toString(), "name", date.name());
        xml.empty("FRBRauthor", "href", author, "as", "#author");
        xml.empty("FRBRcountry", "value", COUNTRY);
        xml.empty("FRBRnumber", "value", number(r), "showAs", symbol(r));
        xml.end();

        xml.start("FRBRExpression");
        xml.empty("FRBRthis", "value", expression + "/!main");
        xml.empty("FRBRuri", "value", expression);
        xml.empty("FRBRdate", "date", date.date().toString(), "name", date.name());
        xml.empty("FRBRauthor", "href", author, "as", "#author");
        xml.empty("FRBRlanguage", "language", ISO_639_2.get(language));
        xml.end();

        xml.start("FRBRManifestation");
        xml.empty("FRBRthis", "value", expression + "/!main.xml");
        xml.empty("FRBRuri", "value", expression + ".akn");
        xml.empty("FRBRdate", "date", r.updatedAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate().toString(), "name", "generation");
        xml.empty("FRBRauthor", "href", "#" + SOURCE, "as", "#editor");
        xml.empty("FRBRformat", "value", MEDIA_TYPE);
        xml.end();
        xml.end();

        xml.start("references", "source", "#" + SOURCE);
        xml.empty("TLCOrganization", "eId", r.body().code(), "href", ONTOLOGY + r.body().code(), "showAs", name(r.body(), language));
        xml.empty("TLCOrganization", "eId", SOURCE, "href", ONTOLOGY + "meetings-service", "showAs", "OAS meetings-service");
        xml.empty("TLCRole", "eId", "author", "href", "/akn/ontology/roles/oas/author", "showAs", "Author");
        xml.empty("TLCRole", "eId", "editor", "href", "/akn/ontology/roles/oas/editor", "showAs", "Editor");
        xml.end();
        xml.end();
    }

    private static void preface(Xml xml, ResolutionView r, String language) throws XMLStreamException {
        xml.start("preface");
        xml.start("p");
        xml.leaf("docNumber", symbol(r));
        xml.end();
        xml.start("p");
        xml.leaf("docTitle", r.title().get(language));
        xml.end();
        if (r.adoptionDate() != null) {
            xml.start("p");
            xml.leaf("docDate", r.adoptionDate().toString(), "date", r.adoptionDate().toString());
            xml.end();
        }
        xml.end();
    }

    private static void preamble(Xml xml, List<Paragraphs.Preambular> paragraphs, String language) throws XMLStreamException {
        if (paragraphs.isEmpty()) {
            return;
        }
        xml.start("preamble");
        xml.start("recitals", "eId", "recs");
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraphs.Preambular paragraph = paragraphs.get(i);
            xml.start("recital", "eId", "recs__rec_" + (i + 1));
            xml.start("p");
            xml.leaf("span", paragraph.verb(), "class", "verb");
            xml.text(" " + paragraph.text().get(language));
            xml.end();
            xml.end();
        }
        xml.end();
        xml.end();
    }

    private static void mainBody(Xml xml, List<Paragraphs.Operative> paragraphs, String language) throws XMLStreamException {
        xml.start("mainBody");
        if (paragraphs.isEmpty()) {
            xml.start("p");
            xml.empty("omissis");
            xml.end();
        }
        for (Paragraphs.Operative paragraph : paragraphs) {
            xml.start("paragraph", "eId", "para_" + paragraph.number());
            xml.leaf("num", paragraph.number());
            xml.start("content");
            xml.leaf("p", paragraph.text().get(language));
            xml.end();
            xml.end();
        }
        xml.end();
    }

    private static String name(ResolutionView r) {
        return r.status() == ResolutionStatus.ADOPTED ? "resolution" : "draftResolution";
    }

    /** The symbol, or a draft's classification. */
    private static String symbol(ResolutionView r) {
        return r.symbol() != null ? r.symbol() : r.draftClassification();
    }

    private static String number(ResolutionView r) {
        return symbol(r).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** The body's name in the language, else in English, else its code. */
    private static String name(OrganizationRef body, String language) {
        Map<String, String> names = body.names();
        if (names == null) {
            return body.code();
        }
        return has(names, language) ? names.get(language) : has(names, Languages.DEFAULT) ? names.get(Languages.DEFAULT) : body.code();
    }

    private static boolean has(Map<String, String> text, String language) {
        return text != null && text.get(language) != null && !text.get(language).isBlank();
    }

    /** The work's date: when it was adopted, else the year of its symbol, else when it was recorded here. */
    private record WorkDate(LocalDate date, String uriPart, String name) {

        static WorkDate of(ResolutionView r) {
            String adopted = r.status() == ResolutionStatus.ADOPTED ? "adoption" : r.status().value();
            if (r.adoptionDate() != null) {
                return new WorkDate(r.adoptionDate(), r.adoptionDate().toString(), adopted);
            }
            if (r.year() != null) {
                return new WorkDate(LocalDate.of(r.year(), 1, 1), String.valueOf(r.year()), "adoptionYear");
            }
            LocalDate recorded = r.createdAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
            return new WorkDate(recorded, recorded.toString(), "registration");
        }
    }

    /** Elements with attribute pairs, in the document's default namespace; text cleaned to what XML 1.0 may carry. */
    private record Xml(XMLStreamWriter writer) {

        void start(String element, String... attributes) throws XMLStreamException {
            writer.writeStartElement(element);
            attributes(attributes);
        }

        void empty(String element, String... attributes) throws XMLStreamException {
            writer.writeEmptyElement(element);
            attributes(attributes);
        }

        void leaf(String element, String text, String... attributes) throws XMLStreamException {
            start(element, attributes);
            text(text);
            end();
        }

        void text(String text) throws XMLStreamException {
            writer.writeCharacters(xmlChars(text));
        }

        void end() throws XMLStreamException {
            writer.writeEndElement();
        }

        private void attributes(String... pairs) throws XMLStreamException {
            for (int i = 0; i < pairs.length; i += 2) {
                writer.writeAttribute(pairs[i], xmlChars(pairs[i + 1]));
            }
        }

        /** XML 1.0 chars: tab, LF, CR, U+0020-U+D7FF, U+E000-U+FFFD, supplementary; anything else becomes U+FFFD. */
        private static String xmlChars(String text) {
            StringBuilder clean = null;
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                        || c >= 0x10000;
                if (!allowed && clean == null) {
                    clean = new StringBuilder(text.length()).append(text, 0, i);
                }
                if (clean != null) {
                    clean.appendCodePoint(allowed ? c : 0xFFFD);
                }
                i += Character.charCount(c);
            }
            return clean == null ? text : clean.toString();
        }
    }
}
