package org.oas.migration.platform.text;

import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Assembles the searchable text of a resource in one language from its language maps. */
public final class SearchText {

    private SearchText() {
    }

    public static String of(String language, Stream<Map<String, String>> texts) {
        return texts.filter(Objects::nonNull).map(text -> text.get(language)).filter(Objects::nonNull)
                .collect(Collectors.joining("\n"));
    }
}
