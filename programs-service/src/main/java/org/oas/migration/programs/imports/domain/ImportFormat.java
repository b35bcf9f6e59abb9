package org.oas.migration.programs.imports.domain;

import java.util.Locale;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.problem.ProblemType;
import org.oas.migration.programs.iati.domain.IatiCodes;

/** What an import body is, chosen by its Content-Type. */
public enum ImportFormat {
    /** One activity write body (JSON) per line. */
    NDJSON("ndjson"),
    /** An IATI 2.03 {@code iati-activities} document; each {@code iati-activity} is one line of the report. */
    IATI_XML("iati-xml");

    public static final String NDJSON_TYPE = "application/x-ndjson";
    public static final String XML_TYPE = "application/xml";
    public static final String IATI_TYPE = IatiCodes.MEDIA_TYPE;
    public static final String TEXT_XML_TYPE = "text/xml";

    private final String value;

    ImportFormat(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    /** From a Content-Type header (parameters such as charset ignored); 415 for anything else. */
    public static ImportFormat ofContentType(String contentType) {
        String type = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return switch (type) {
            case NDJSON_TYPE -> NDJSON;
            case XML_TYPE, IATI_TYPE, TEXT_XML_TYPE -> IATI_XML;
            default -> throw new ApiException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "An import is " + NDJSON_TYPE
                    + " (one activity per line) or " + XML_TYPE + " / " + IATI_TYPE + " (IATI 2.03 activities)");
        };
    }
}
