package org.oas.migration.meetings.resolution.rest;

import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Citation", description = "A resolution cited by symbol, with its id and title when it is known here.")
public record Citation(@Schema(maxLength = 100, example = "AG/RES. 2738 (XLII-O/12)") String symbol, UUID resolutionId, Map<String, String> title) {
}
