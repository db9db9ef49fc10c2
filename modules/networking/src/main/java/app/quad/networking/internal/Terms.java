package app.quad.networking.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The academic terms, as the days of the year they start on ("01-01,06-01,09-01"): a term runs
 * from one start to the next, across the new year if need be.
 */
final class Terms {

    private final List<MonthDay> starts;

    private Terms(List<MonthDay> starts) {
        this.starts = starts;
    }

    /** @throws IllegalArgumentException for anything but month-day pairs separated by commas */
    static Terms parse(String spec) {
        TreeSet<MonthDay> starts = new TreeSet<>();
        for (String part : (spec == null ? "" : spec).split(",")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                starts.add(MonthDay.parse("--" + part.strip()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("a term start is written MM-DD, such as 09-01: " + part.strip(), e);
            }
        }
        if (starts.isEmpty()) {
            throw new IllegalArgumentException("name at least one term start, such as 09-01");
        }
        return new Terms(new ArrayList<>(starts));
    }

    /** The first day of the term the day is in. */
    LocalDate startOf(LocalDate day) {
        for (int i = starts.size() - 1; i >= 0; i--) {
            LocalDate start = starts.get(i).atYear(day.getYear());
            if (!start.isAfter(day)) {
                return start;
            }
        }
        return starts.get(starts.size() - 1).atYear(day.getYear() - 1);
    }

    /** The first day of the next term. */
    LocalDate nextStart(LocalDate day) {
        for (MonthDay start : starts) {
            LocalDate candidate = start.atYear(day.getYear());
            if (candidate.isAfter(day)) {
                return candidate;
            }
        }
        return starts.get(0).atYear(day.getYear() + 1);
    }
}
