package org.oas.migration.programs.directory.domain;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A resolution known from meetings.v1: its canonical symbol and its operative paragraphs (number as printed to id). */
public record ResolutionRef(UUID id, String symbol, Map<String, UUID> paragraphs) {

    public Optional<UUID> paragraph(String number) {
        return Optional.ofNullable(paragraphs.get(number.trim()));
    }
}
