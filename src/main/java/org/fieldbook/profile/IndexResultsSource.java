package org.fieldbook.profile;

import java.util.List;
import java.util.Optional;

/**
 * Where the profile gets a visit's INDEX scores from (the INDEX scoring adapts to this). An empty list means
 * no results exist, and the report says so rather than showing numbers.
 */
public interface IndexResultsSource {
    List<AreaResult> results(String visitId);

    default Optional<IndexSummary> summary(String visitId) {
        return Optional.empty();
    }

    /** A source with no results at all. */
    static IndexResultsSource none() {
        return visitId -> List.of();
    }
}
