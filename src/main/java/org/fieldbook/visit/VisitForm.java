package org.fieldbook.visit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the new/edit visit dialog collects, as typed, and its validation. Errors map a field name to a
 * message key; nothing is built (so nothing saved) while there is any error.
 */
public record VisitForm(String cityId, String cityName, String country, String population, String foreignBornPct,
                        String foreignResidentsPct, String minoritiesPct, String languages, String context,
                        LocalDate start, LocalDate end, VisitMode mode, VisitStatus status, String experts,
                        String representative) {

    /** The outcome: either errors (field → message key) or the city and visit to save. */
    public record Result(Map<String, String> errors, City city, Visit visit) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    public Result validate(String visitId) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(cityName)) {
            errors.put("cityName", "error.required");
        }
        Long pop = null;
        if (!blank(population)) {
            pop = org.fieldbook.support.LenientNumbers.parseWhole(population);
            if (pop == null || pop < 0) {
                errors.put("population", "error.population");
                pop = null;
            }
        }
        Double born = percent("foreignBornPct", foreignBornPct, errors);
        Double residents = percent("foreignResidentsPct", foreignResidentsPct, errors);
        Double minorities = percent("minoritiesPct", minoritiesPct, errors);
        if (start == null) {
            errors.put("start", "error.required");
        }
        if (end == null) {
            errors.put("end", "error.required");
        }
        if (start != null && end != null && end.isBefore(start)) {
            errors.put("end", "error.endBeforeStart");
        }
        if (!errors.isEmpty()) {
            return new Result(errors, null, null);
        }
        City city = new City(cityId, cityName, country, pop, born, residents, minorities, languages, context);
        List<TeamMember> team = new ArrayList<>();
        for (String name : (experts == null ? "" : experts).split("[,;\n]")) {
            if (!name.isBlank()) {
                team.add(new TeamMember(name.trim(), TeamMember.EXPERT));
            }
        }
        if (!blank(representative)) {
            team.add(new TeamMember(representative.trim(), TeamMember.REPRESENTATIVE));
        }
        Visit visit = new Visit(visitId, cityId, start, end, mode == null ? VisitMode.IN_PERSON : mode,
                status == null ? VisitStatus.PLANNED : status, team);
        return new Result(errors, city, visit);
    }

    private static Double percent(String field, String value, Map<String, String> errors) {
        if (blank(value)) {
            return null;
        }
        Double d = org.fieldbook.support.LenientNumbers.parseDecimal(value);
        if (d == null || d < 0 || d > 100) {
            errors.put(field, "error.percent");
            return null;
        }
        return d;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
