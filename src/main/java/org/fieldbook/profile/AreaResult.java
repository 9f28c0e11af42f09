package org.fieldbook.profile;

/**
 * INDEX rates of achievement for one area, in percent (null when unknown): what the city self-assessed,
 * what the visit verified, and the mean of the sample of cities.
 */
public record AreaResult(String areaId, String titleEn, String titleFr, Double selfRate, Double verifiedRate,
                         Double sampleMean) {
    public String title(java.util.Locale locale) {
        return "fr".equals(locale.getLanguage()) && titleFr != null && !titleFr.isBlank() ? titleFr : titleEn;
    }
}
