package org.fieldbook.visit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the meeting dialog collects, as typed, and its validation (field → message key). */
public record MeetingForm(String meetingId, String visitId, LocalDate day, String start, String end, String title,
                          String place, MeetingFormat format) {

    /** Either errors or the meeting to save. */
    public record Result(Map<String, String> errors, Meeting meeting) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    public Result validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (day == null) {
            errors.put("day", "error.required");
        }
        LocalTime s = time("start", start, errors);
        LocalTime e = time("end", end, errors);
        if (s != null && e != null && e.isBefore(s)) {
            errors.put("end", "error.endBeforeStart");
        }
        if (title == null || title.isBlank()) {
            errors.put("title", "error.required");
        }
        if (!errors.isEmpty()) {
            return new Result(errors, null);
        }
        return new Result(errors, new Meeting(meetingId, visitId, day, s, e, title.trim(), place, format));
    }

    /** Accepts 9:00, 09:00, 9h00, 9.00 and 900. */
    static LocalTime parseTime(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT).replace('h', ':').replace('.', ':');
        if (t.matches("\\d{3,4}")) {
            t = t.substring(0, t.length() - 2) + ":" + t.substring(t.length() - 2);
        }
        if (t.matches("\\d{1,2}")) {
            t = t + ":00";
        }
        if (t.endsWith(":")) {
            t = t + "00";
        }
        String[] parts = t.split(":");
        if (parts.length != 2) {
            throw new DateTimeParseException("bad time", text, 0);
        }
        return LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    private static LocalTime time(String field, String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.put(field, "error.required");
            return null;
        }
        try {
            return parseTime(value);
        } catch (RuntimeException ex) {
            errors.put(field, "error.time");
            return null;
        }
    }
}
