package org.fieldbook.index.results;

import java.util.Map;
import java.util.TreeMap;

/**
 * One city's INDEX result for one assessment: the edition it was answered on ({@code questionnaireId}), its date
 * (ISO, "2019", "2019-03" or "2019-03-20"), the self-assessed and verified rate per area (percent; an area the city
 * did not answer is absent), the overall ICC Index and the intercultural-lens rate on each side, and the city facts
 * used for grouping as they were then. {@code visitId} is set when the result comes from a visit's assessment,
 * null when it was imported.
 */
public record IndexResult(String id, String cityId, String cityName, String country, Long population, Double foreignBornPct,
                          String questionnaireId, String date, String visitId, String source,
                          Map<String, Double> selfRates, Map<String, Double> verifiedRates,
                          Double overallSelf, Double overallVerified, Double lensSelf, Double lensVerified) {
    public static final String FROM_VISIT = "visit";

    public IndexResult {
        cityName = cityName == null ? "" : cityName;
        country = country == null ? "" : country;
        source = source == null ? "" : source;
        selfRates = selfRates == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(selfRates));
        verifiedRates = verifiedRates == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(verifiedRates));
    }

    /** The rate on the verified side (the one compared and ranked), or on the self-assessed side. */
    public Double rate(String areaId, boolean verified) {
        return (verified ? verifiedRates : selfRates).get(areaId);
    }

    public Double overall(boolean verified) {
        return verified ? overallVerified : overallSelf;
    }

    public Double lens(boolean verified) {
        return verified ? lensVerified : lensSelf;
    }
}
