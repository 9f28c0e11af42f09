package org.fieldbook.index.results;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.fieldbook.index.definition.AreaDefinition;
import org.fieldbook.index.definition.QuestionnaireDefinition;
import org.fieldbook.visit.City;

/**
 * Checks the rows of a results file and turns them into results. Columns (header names, any order, case ignored):
 * {@code city}, {@code country}, {@code questionnaire} (a loaded edition's id) and {@code date} (2019, 2019-03 or
 * 2019-03-20) are required; {@code city_id} (the city's id, kept when the city is new here), {@code population}, {@code foreign_born_pct},
 * {@code overall}, {@code overall_self} are optional; every area of the edition has a column {@code AREA} (the verified
 * rate, percent) and optionally {@code AREA_self} (self-assessed). A required area needs a verified rate; an optional
 * area may be blank. {@code overall} is computed from the area rates with the edition's weights when blank.
 * {@code lens}, {@code lens_self} and {@code source} (written by the export) are accepted and recomputed.
 * Every problem is reported with its row and column; any problem refuses the whole file.
 */
final class ResultImport {
    static final List<String> REQUIRED = List.of("city", "country", "questionnaire", "date");
    static final List<String> OPTIONAL = List.of("city_id", "population", "foreign_born_pct", "overall", "overall_self",
            "lens", "lens_self", "source");

    static final int MAX_CITY = 300;
    static final int MAX_COUNTRY = 200;
    static final double MAX_POPULATION = 100_000_000;
    private static final java.util.regex.Pattern CITY_ID =
            java.util.regex.Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** A plain decimal number (Java's parser would also take "50f", "0x1p3" or "Infinity"). */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    /** What the import needs to know about the workspace. */
    interface Workspace {
        QuestionnaireDefinition definition(String id);

        Set<String> allAreaIds();

        Optional<City> city(String id);

        Optional<City> cityNamed(String name, String country);

        /** The visit a result held for this city, edition and date comes from, if any. */
        Optional<String> visitResult(String cityId, String questionnaireId, String date);
    }

    /** A checked row: the result, and the city to create when none is held yet (null otherwise; rows may share one). */
    record Parsed(IndexResult result, City newCity) {
    }

    private ResultImport() {
    }

    static List<Parsed> check(ResultTable t, String source, Workspace ws, List<ResultProblem> problems) {
        List<Parsed> out = new ArrayList<>();
        if (t.header().isEmpty()) {
            problems.add(new ResultProblem(null, null, "the file is empty; expected a header row with the columns "
                    + String.join(", ", REQUIRED) + " and one column per area"));
            return out;
        }
        Map<String, Integer> col = new HashMap<>();
        int headerRow = t.rows().isEmpty() ? 1 : Math.max(1, t.rows().get(0).number() - 1);
        Set<String> areaIds = ws.allAreaIds();
        for (int i = 0; i < t.header().size(); i++) {
            String h = t.header().get(i);
            if (h.isEmpty()) {
                continue;
            }
            String area = h.endsWith("_self") ? h.substring(0, h.length() - 5) : h;
            if (!REQUIRED.contains(h) && !OPTIONAL.contains(h) && !areaIds.contains(area)) {
                problems.add(new ResultProblem(headerRow, h, "unknown column (not a result column nor an area of a loaded questionnaire)"));
            } else if (col.putIfAbsent(h, i) != null) {
                problems.add(new ResultProblem(headerRow, h, "the column appears twice"));
            }
        }
        for (String r : REQUIRED) {
            if (!col.containsKey(r)) {
                problems.add(new ResultProblem(headerRow, r, "required column missing"));
            }
        }
        if (!problems.isEmpty()) {
            return out;
        }
        if (t.rows().isEmpty()) {
            problems.add(new ResultProblem(null, null, "no result rows under the header"));
            return out;
        }
        Map<String, Integer> seen = new HashMap<>();
        Map<String, City> created = new HashMap<>();
        Map<String, City> createdByName = new HashMap<>();
        for (ResultTable.Line line : t.rows()) {
            int before = problems.size();
            int n = line.number();
            for (int i = 0; i < line.cells().size(); i++) {
                boolean named = i < t.header().size() && !t.header().get(i).isEmpty();
                if (!named && !line.get(i).isEmpty()) {
                    problems.add(new ResultProblem(n, "column " + (i + 1), "a value under no column name ('" + shorten(line.get(i))
                            + "'; a comma inside an unquoted city name shifts the row)"));
                }
            }
            String cityName = cell(line, col, "city");
            String country = cell(line, col, "country");
            String qid = cell(line, col, "questionnaire");
            String cityId = cell(line, col, "city_id");
            if (cityName.isEmpty()) {
                problems.add(new ResultProblem(n, "city", "the city's name is missing"));
            } else if (cityName.length() > MAX_CITY) {
                problems.add(new ResultProblem(n, "city", "the city's name is " + cityName.length() + " characters long (at most "
                        + MAX_CITY + ")"));
            }
            if (country.isEmpty()) {
                problems.add(new ResultProblem(n, "country", "the country is missing"));
            } else if (country.length() > MAX_COUNTRY) {
                problems.add(new ResultProblem(n, "country", "the country is " + country.length() + " characters long (at most "
                        + MAX_COUNTRY + ")"));
            }
            if (!cityId.isEmpty() && !CITY_ID.matcher(cityId).matches()) {
                problems.add(new ResultProblem(n, "city_id", "'" + shorten(cityId) + "' is not a city id (a UUID such as "
                        + "0f8fad5b-d9cb-469f-a165-70867728950e, as 'index results export' writes it); leave it blank for a new city"));
            }
            QuestionnaireDefinition d = null;
            if (qid.isEmpty()) {
                problems.add(new ResultProblem(n, "questionnaire", "the questionnaire (edition) id is missing"));
            } else {
                d = ws.definition(qid);
                if (d == null) {
                    problems.add(new ResultProblem(n, "questionnaire", "no questionnaire '" + qid
                            + "' is loaded (load its definition with 'fieldbook index load FILE' first)"));
                }
            }
            String date = date(cell(line, col, "date"), n, problems);
            Long population = null;
            String popText = cell(line, col, "population");
            if (!popText.isEmpty()) {
                Double p = number(popText.replace(" ", "").replace("\u00a0", "").replace("_", ""), t.decimalComma());
                if (p == null || p < 0 || p != Math.rint(p)) {
                    problems.add(new ResultProblem(n, "population", "'" + shorten(popText) + "' is not a whole number of inhabitants"));
                } else if (p > MAX_POPULATION) {
                    problems.add(new ResultProblem(n, "population", popText + " is more than " + (long) MAX_POPULATION
                            + " inhabitants"));
                } else {
                    population = p.longValue();
                }
            }
            Double foreignBorn = percent(line, col, "foreign_born_pct", t.decimalComma(), n, problems);
            Double overall = percent(line, col, "overall", t.decimalComma(), n, problems);
            Double overallSelf = percent(line, col, "overall_self", t.decimalComma(), n, problems);
            // written by the export and recomputed here, but a value that is not a rate is still a mistake in the file
            percent(line, col, "lens", t.decimalComma(), n, problems);
            percent(line, col, "lens_self", t.decimalComma(), n, problems);
            Map<String, Double> verified = new LinkedHashMap<>();
            Map<String, Double> self = new LinkedHashMap<>();
            if (d != null) {
                Set<String> own = new LinkedHashSet<>();
                for (AreaDefinition a : d.areas()) {
                    own.add(a.id());
                    Double v = percent(line, col, a.id(), t.decimalComma(), n, problems);
                    Double s = percent(line, col, a.id() + "_self", t.decimalComma(), n, problems);
                    if (v != null) {
                        verified.put(a.id(), v);
                    } else if (!a.optional() && col.containsKey(a.id()) && cell(line, col, a.id()).isEmpty()) {
                        problems.add(new ResultProblem(n, a.id(), "a required area has no rate"));
                    } else if (!a.optional() && !col.containsKey(a.id())) {
                        problems.add(new ResultProblem(n, a.id(), "a required area of " + d.id() + " has no column"));
                    }
                    if (s != null) {
                        self.put(a.id(), s);
                    }
                }
                for (Map.Entry<String, Integer> e : col.entrySet()) {
                    String h = e.getKey();
                    String area = h.endsWith("_self") ? h.substring(0, h.length() - 5) : h;
                    if (!REQUIRED.contains(h) && !OPTIONAL.contains(h) && !own.contains(area) && !line.get(e.getValue()).isEmpty()) {
                        problems.add(new ResultProblem(n, h, "this area is not in questionnaire " + d.id()));
                    }
                }
            }
            if (problems.size() > before) {
                continue;
            }
            City city;
            String nameKey = cityName.toLowerCase(Locale.ROOT) + "|" + country.toLowerCase(Locale.ROOT);
            if (!cityId.isEmpty()) {
                city = ws.city(cityId).orElse(created.get(cityId));
                if (city != null && (!city.name().equalsIgnoreCase(cityName) || !city.country().equalsIgnoreCase(country))) {
                    problems.add(new ResultProblem(n, "city_id", "city " + cityId + " is '" + city.name() + "' (" + city.country()
                            + ") here, not '" + cityName + "' (" + country + ")"));
                    continue;
                }
                if (city == null) {
                    Optional<City> sameName = ws.cityNamed(cityName, country);
                    City sameNameNew = createdByName.get(nameKey);
                    String other = sameName.map(City::id).orElse(sameNameNew == null ? null : sameNameNew.id());
                    if (other != null && !other.equals(cityId)) {
                        problems.add(new ResultProblem(n, "city_id", "'" + cityName + "' (" + country + ") is city " + other
                                + " here, not " + cityId + "; correct the id or leave it blank"));
                        continue;
                    }
                }
            } else {
                city = ws.cityNamed(cityName, country).orElse(createdByName.get(nameKey));
            }
            City newCity = null;
            if (city == null || created.containsKey(city.id())) {
                String id = city != null ? city.id() : cityId.isEmpty() ? cityId(cityName, country) : cityId;
                Long pop0 = population;
                Double fb0 = foreignBorn;
                newCity = created.computeIfAbsent(id, k -> new City(k, cityName, country, pop0, fb0, null, null, "", ""));
                createdByName.putIfAbsent(nameKey, newCity);
                city = newCity;
            }
            String key = city.id() + "|" + qid + "|" + date;
            Integer earlier = seen.putIfAbsent(key, n);
            if (earlier != null) {
                problems.add(new ResultProblem(n, "date", "the same city, questionnaire and date as row " + earlier));
                continue;
            }
            Optional<String> visit = ws.visitResult(city.id(), qid, date);
            if (visit.isPresent()) {
                problems.add(new ResultProblem(n, "date", "this result is already held from visit " + visit.get()
                        + "; change that visit's assessment instead"));
                continue;
            }
            Long pop = population != null ? population : city.population();
            Double fb = foreignBorn != null ? foreignBorn : city.foreignBornPct();
            Double ov = overall != null ? overall : Rates.overall(d, verified);
            Double os = overallSelf != null ? overallSelf : self.isEmpty() ? null : Rates.overall(d, self);
            IndexResult r = new IndexResult(resultId(city.id(), qid, date), city.id(), city.name(), city.country(), pop, fb,
                    qid, date, null, source, self, verified, os, ov, self.isEmpty() ? null : Rates.lens(d, self),
                    Rates.lens(d, verified));
            out.add(new Parsed(r, newCity));
        }
        return out;
    }

    static String cityId(String name, String country) {
        return uuid("city|" + name.trim().toLowerCase(Locale.ROOT) + "|" + country.trim().toLowerCase(Locale.ROOT));
    }

    static String resultId(String cityId, String questionnaireId, String date) {
        return uuid("result|" + cityId + "|" + questionnaireId + "|" + date);
    }

    private static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A cell's text as a message quotes it: at most 40 characters. */
    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "\u2026";
    }

    private static String cell(ResultTable.Line line, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null ? "" : line.get(i);
    }

    private static String date(String text, int row, List<ResultProblem> problems) {
        if (text.isEmpty()) {
            problems.add(new ResultProblem(row, "date", "the date is missing"));
            return null;
        }
        if (text.matches("\\d{4}.*") && Integer.parseInt(text.substring(0, 4)) < 1900) {
            problems.add(new ResultProblem(row, "date", "'" + text + "' is before 1900 (write 2019, 2019-03 or 2019-03-20)"));
            return null;
        }
        try {
            if (text.matches("\\d{4}")) {
                return text;
            }
            if (text.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(text).toString();
            }
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(text).toString();
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problems.add(new ResultProblem(row, "date", "'" + shorten(text) + "' is not a date (write 2019, 2019-03 or 2019-03-20)"));
        return null;
    }

    private static Double percent(ResultTable.Line line, Map<String, Integer> col, String name, boolean decimalComma, int row,
                                  List<ResultProblem> problems) {
        String text = cell(line, col, name);
        if (text.isEmpty()) {
            return null;
        }
        String t = text.endsWith("%") ? text.substring(0, text.length() - 1).trim() : text;
        Double v = number(t, decimalComma);
        if (v == null) {
            problems.add(new ResultProblem(row, name, "'" + shorten(text) + "' is not a number"));
            return null;
        }
        if (v < 0 || v > 100) {
            problems.add(new ResultProblem(row, name, text + " is outside 0–100 (a rate in percent)"));
            return null;
        }
        return v;
    }

    private static Double number(String text, boolean decimalComma) {
        String t = decimalComma ? text.replace(',', '.') : text;
        if (!NUMBER.matcher(t).matches()) {
            return null;
        }
        try {
            double v = Double.parseDouble(t);
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
