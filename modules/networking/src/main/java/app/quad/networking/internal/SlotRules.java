package app.quad.networking.internal;

import app.quad.networking.CoffeeChats;
import app.quad.networking.UpcomingEvents;
import app.quad.platform.Rejection;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** What a coffee chat proposal may offer; each refusal names the form row or field it is about. */
final class SlotRules {

    private SlotRules() {
    }

    /**
     * @param rows times in the campus zone, one per form row, null for an empty row
     * @return the offered times as instants, in row order, empty rows left out
     */
    static List<Instant> checked(List<LocalDateTime> rows, ZoneId zone, Instant now) {
        if (rows.size() > CoffeeChats.MAX_SLOTS) {
            throw new Rejection("slot1", "Offer at most three times.");
        }
        List<Instant> times = new ArrayList<>();
        for (int row = 0; row < rows.size(); row++) {
            LocalDateTime local = rows.get(row);
            if (local == null) {
                continue;
            }
            String field = "slot" + (row + 1);
            // A time that does not exist on the campus clock (the hour skipped in spring) moves
            // forward by the gap, as a wall clock would.
            Instant time = local.atZone(zone).toInstant();
            if (time.isBefore(now.plus(CoffeeChats.EARLIEST))) {
                throw new Rejection(field, "Choose a time at least an hour from now, so that there is time to answer.");
            }
            if (time.isAfter(now.plus(CoffeeChats.LATEST))) {
                throw new Rejection(field, "Choose a time within the next 90 days.");
            }
            if (times.contains(time)) {
                throw new Rejection(field, "This is the same time as another one; offer different times or leave this row empty.");
            }
            times.add(time);
        }
        if (times.isEmpty()) {
            throw new Rejection("slot1", "Offer at least one time.");
        }
        return times;
    }

    static int duration(int minutes) {
        if (!CoffeeChats.DURATIONS.contains(minutes)) {
            throw new Rejection("duration", "Choose 15, 30, 45 or 60 minutes.");
        }
        return minutes;
    }

    /** The place in the proposer's words, or the event's when they chose one and wrote nothing. */
    static String place(String text, UpcomingEvents.Event event) {
        String place = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (place.isEmpty() && event != null) {
            place = event.title() + ", " + event.place();
            if (place.codePointCount(0, place.length()) > CoffeeChats.MAX_PLACE) {
                place = place.substring(0, place.offsetByCodePoints(0, CoffeeChats.MAX_PLACE - 1)) + "\u2026";
            }
        }
        if (place.isEmpty()) {
            throw new Rejection("place", "Say where to meet, such as a caf\u00e9 or a room on campus.");
        }
        if (place.codePointCount(0, place.length()) > CoffeeChats.MAX_PLACE) {
            throw new Rejection("place", "Keep the place to 200 characters.");
        }
        return place;
    }
}
