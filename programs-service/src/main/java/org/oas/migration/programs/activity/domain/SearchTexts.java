package org.oas.migration.programs.activity.domain;

import java.util.stream.Stream;
import org.oas.migration.platform.text.SearchText;

/** The text an activity is found by in one language: title, description, coverage, beneficiaries. */
final class SearchTexts {

    private SearchTexts() {
    }

    static String of(Activity in, String language) {
        return SearchText.of(language, Stream.of(in.title(), in.description(), in.geographicCoverage(),
                in.beneficiaries() == null ? null : in.beneficiaries().description()));
    }
}
