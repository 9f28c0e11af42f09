package org.fieldbook.profile;

/** The overall ICC Index (weighted aggregate, percent), the sample's mean, and the city's rank in the sample. */
public record IndexSummary(Double self, Double verified, Double sampleMean, Integer rank, Integer sampleSize) {
}
