package app.quad.jobs.web.events;

import app.quad.identity.CurrentUser;
import app.quad.jobs.Events;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The events calendar's downloads, which are not pages:
 * <ul>
 *   <li>{@code /jobs/events/files/event-<id>.ics}: one event, for anyone signed in who may see it;</li>
 *   <li>{@code /jobs/events/files/attendance-<id>.csv}: the attendance list, for staff and the event's host;</li>
 *   <li>{@code /jobs/events/feed/<token>.ics}: a person's calendar feed, for calendar programs, which
 *       cannot sign in: the secret token is the key, and an unknown or revoked one gets 404.</li>
 * </ul>
 * Anything else, and anything the caller may not have, is 404, so the answers say nothing about what exists.
 */
@WebServlet({"/jobs/events/files/*", "/jobs/events/feed/*"})
public class EventFiles extends HttpServlet {

    static final String FEED = "/jobs/events/feed/";

    private static final Pattern FILE = Pattern.compile("/(event|attendance)-([1-9][0-9]{0,17})\\.(ics|csv)");
    private static final Pattern TOKEN = Pattern.compile("/([A-Za-z0-9_-]{43})\\.ics");

    @Inject
    Events events;

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = String.valueOf(request.getPathInfo());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        if (request.getServletPath().equals(FEED.substring(0, FEED.length() - 1))) {
            Matcher token = TOKEN.matcher(path);
            Optional<String> calendar = token.matches() ? events.feed(token.group(1)) : Optional.empty();
            send(response, calendar, "text/calendar; charset=UTF-8", "inline; filename=\"quad-events.ics\"");
            return;
        }
        Matcher file = FILE.matcher(path);
        if (!file.matches() || !currentUser.signedIn()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long eventId = Long.parseLong(file.group(2));
        if (file.group(1).equals("event") && file.group(3).equals("ics")) {
            send(response, events.ics(currentUser.id(), eventId), "text/calendar; charset=UTF-8",
                    "attachment; filename=\"event-" + eventId + ".ics\"");
        } else if (file.group(1).equals("attendance") && file.group(3).equals("csv") && events.manages(currentUser.id(), eventId)) {
            StringWriter csv = new StringWriter();
            events.attendance(currentUser.id(), eventId, csv);
            send(response, Optional.of(csv.toString()), "text/csv; charset=UTF-8", "attachment; filename=\"attendance-" + eventId + ".csv\"");
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static void send(HttpServletResponse response, Optional<String> body, String type, String disposition) throws IOException {
        if (body.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(type);
        response.setHeader("Content-Disposition", disposition);
        response.getWriter().write(body.get());
    }
}
