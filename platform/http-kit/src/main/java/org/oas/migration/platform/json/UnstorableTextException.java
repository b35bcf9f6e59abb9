package org.oas.migration.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A JSON string that cannot be stored as sent; Jackson adds the field path as it unwinds. */
public class UnstorableTextException extends JsonMappingException {

    UnstorableTextException(JsonParser parser, String problem) {
        super(parser, problem);
    }
}
