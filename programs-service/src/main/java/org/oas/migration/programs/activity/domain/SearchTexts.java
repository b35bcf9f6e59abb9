package org.oas.migration.programs.activity.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.oas.migration.platform.text.SearchText;

/**
 * The text an activity is found by in one language: title, description, coverage, beneficiaries and cited document
 * titles in that language; then, in every language, the names and acronyms of its reporting and participating
 * organizations and the symbols of the documents and resolutions it cites (as written and as their lookup form).
 */
final class SearchTexts {

    private SearchTexts() {
    }

    static String of(Activity in, String language, Collection<String> organizationTerms) {
        Stream<Map<String, String>> texts = Stream.concat(Stream.of(in.title(), in.description(), in.geographicCoverage(),
                        in.beneficiaries() == null ? null : in.beneficiaries().description()),
                Activity.orEmpty(in.documents()).stream().map(Activity.DocumentLink::title));
        StringBuilder text = new StringBuilder(SearchText.of(language, texts));
        organizationTerms.stream().filter(terms -> !terms.isEmpty()).forEach(terms -> text.append('\n').append(SearchText.normalise(terms)));
        Stream.concat(Activity.orEmpty(in.documents()).stream().map(Activity.DocumentLink::symbol),
                        Activity.orEmpty(in.mandates()).stream().map(Activity.MandateRef::resolution))
                .filter(Objects::nonNull).distinct().forEach(symbol -> text.append('\n').append(SearchText.symbol(symbol)));
        return text.toString();
    }
}
