package org.oas.migration.programs.imports.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.problem.ProblemType;

/**
 * The {@code iati-activity} elements of an IATI 2.0x {@code iati-activities} document, read with StAX one at a
 * time and mapped by {@link IatiMapper}. {@link #check} reads the whole document first (well-formed, the right
 * root, not too many activities), so a broken document is refused before anything is written.
 */
public final class IatiSource implements ImportSource {

    static final String ROOT = "iati-activities";
    static final String ACTIVITY = "iati-activity";

    private final InputStream in;
    private final XMLStreamReader xml;
    private final IatiMapper mapper;
    private String documentLang;
    private int ordinal;

    public IatiSource(Path file, IatiMapper mapper) {
        this.mapper = mapper;
        try {
            this.in = Files.newInputStream(file);
            this.xml = factory().createXMLStreamReader(in);
            moveToRoot(xml);
            documentLang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    /** The number of activities; 400 if the document is not well-formed IATI 2.0x, 413 past {@code maxActivities}. */
    public static int check(Path file, int maxActivities) {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory().createXMLStreamReader(in);
            moveToRoot(xml);
            int depth = 1;
            int activities = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (depth == 1 && ACTIVITY.equals(xml.getLocalName()) && ++activities > maxActivities) {
                        throw new ApiException(ProblemType.PAYLOAD_TOO_LARGE, "An import holds at most " + maxActivities
                                + " activities; split it into several imports");
                    }
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            xml.close();
            return activities;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    @Override
    public ImportItem next() {
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (ACTIVITY.equals(xml.getLocalName())) {
                        return mapper.map(read(++ordinal));
                    }
                    skipElement();
                }
            }
            return null;
        } catch (XMLStreamException e) {
            throw malformed(e);   // checked whole before: only if the file changed underneath
        }
    }

    /** Reads the iati-activity the reader is on, up to its end tag. */
    private IatiActivity read(int line) throws XMLStreamException {
        IatiActivity activity = new IatiActivity(line, xml.getLocation().getLineNumber());
        String lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        activity.defaultLang = lang != null ? lang : documentLang;
        activity.lastUpdated = xml.getAttributeValue(null, "last-updated-datetime");
        Deque<String> open = new ArrayDeque<>();
        List<IatiActivity.Narrative> narratives = null;   // where the narratives of the open element go
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                if (open.isEmpty()) {
                    return activity;
                }
                open.pop();
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            String namespace = xml.getNamespaceURI();
            if (namespace != null && !namespace.isEmpty()) {
                skipElement();   // extension elements of other namespaces
                continue;
            }
            if ("narrative".equals(name)) {
                String narrativeLang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
                String text = xml.getElementText().trim();
                if (narratives != null && !text.isEmpty()) {
                    narratives.add(new IatiActivity.Narrative(narrativeLang, text));
                }
                continue;
            }
            if (open.isEmpty()) {
                narratives = topLevel(activity, name);
                if (xml.getEventType() == XMLStreamConstants.END_ELEMENT) {
                    continue;   // its text was read (iati-identifier)
                }
            } else if ("title".equals(name) && "document-link".equals(open.peek()) && !activity.documents.isEmpty()) {
                narratives = activity.documents.get(activity.documents.size() - 1).title();
            } else {
                narratives = null;
            }
            open.push(name);
        }
        throw new XMLStreamException("The document ends inside an iati-activity");
    }

    /** Takes what a child of iati-activity carries; returns the list its narratives belong to, if any. */
    private List<IatiActivity.Narrative> topLevel(IatiActivity activity, String name) throws XMLStreamException {
        switch (name) {
            case "iati-identifier" -> activity.identifier = xml.getElementText().trim();
            case "reporting-org" -> activity.reportingOrgRef = attribute("ref");
            case "title" -> {
                return activity.title;
            }
            case "description" -> {
                String type = attribute("type");
                if (type == null || "1".equals(type)) {
                    List<IatiActivity.Narrative> description = new ArrayList<>();
                    activity.descriptions.add(description);
                    return description;
                }
            }
            case "activity-status" -> activity.statusCode = attribute("code");
            case "activity-date" -> activity.dates.add(new IatiActivity.ActivityDate(attribute("type"), attribute("iso-date")));
            case "recipient-country" -> {
                String code = attribute("code");
                if (code != null) {
                    activity.recipientCountries.add(code);
                }
            }
            case "participating-org" -> {
                IatiActivity.Participant participant = new IatiActivity.Participant(attribute("ref"), attribute("role"), new ArrayList<>());
                activity.participants.add(participant);
                return participant.names();
            }
            case "sector" -> activity.sectors.add(new IatiActivity.Sector(attribute("vocabulary"), attribute("code")));
            case "document-link" -> activity.documents.add(new IatiActivity.DocumentLink(attribute("url"), new ArrayList<>()));
            default -> {
                // not mapped (budget, transaction, location, result, ...)
            }
        }
        return null;
    }

    private String attribute(String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private void skipElement() throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static void moveToRoot(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext() && xml.next() != XMLStreamConstants.START_ELEMENT) {
            // prolog: declaration, comments
        }
        if (xml.getEventType() != XMLStreamConstants.START_ELEMENT || !ROOT.equals(xml.getLocalName())) {
            throw ApiException.invalid("body", "an XML import is an IATI 2.03 activities document: its root element must be " + ROOT);
        }
        String version = xml.getAttributeValue(null, "version");
        if (version != null && !version.trim().startsWith("2.")) {
            throw ApiException.invalid("version", "IATI version " + version + " is not supported; send IATI 2.03 (2.0x) activities");
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // Partner XML is untrusted: no DTDs, no external entities (XXE).
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private static ApiException malformed(XMLStreamException e) {
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber() + ", column "
                + e.getLocation().getColumnNumber() + ")";
        return new ApiException(ProblemType.MALFORMED_BODY, "The import body is not well-formed XML" + where + ": "
                + e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", ""));
    }

    @Override
    public void close() {
        try {
            xml.close();
            in.close();
        } catch (XMLStreamException | IOException ignored) {
            // a read-only temp file
        }
    }
}
