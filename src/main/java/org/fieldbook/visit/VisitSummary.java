package org.fieldbook.visit;

import java.time.LocalDate;

/** A visit as listed: its city and how much has been captured. */
public record VisitSummary(String id, String city, String country, LocalDate start, LocalDate end, VisitStatus status,
                           long meetings, long stakeholders, long notes) {
}
