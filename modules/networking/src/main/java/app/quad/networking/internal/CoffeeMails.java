package app.quad.networking.internal;

import app.quad.identity.AccountSummary;
import app.quad.platform.Mail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The mails of coffee chats. Times are said in the campus time zone, and named as such. */
final class CoffeeMails {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);

    private final ZoneId zone;
    private final String listLink;
    private final String sender;

    /**
     * @param listLink the address of the coffee chats page
     * @param sender   Quad's sender address, the organizer of the invitations
     */
    CoffeeMails(ZoneId zone, String listLink, String sender) {
        this.zone = zone;
        this.listLink = listLink;
        this.sender = sender;
    }

    String when(Instant time) {
        return WHEN.format(time.atZone(zone)) + " " + zone.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    Mail proposed(AccountSummary to, AccountSummary from, List<Instant> slots, int minutes, String place) {
        String times = slots.stream().map(slot -> "  - " + when(slot)).collect(Collectors.joining("\n"));
        return new Mail(to.email(), from.displayName() + " proposes a coffee chat", """
                Hello %s,

                %s would like to meet you for a coffee chat of %d minutes, at one of these times:

                %s

                Place: %s

                Pick a time or decline on Quad:
                %s

                If you decline, %s is told only that you cannot make it this time.
                """.formatted(to.displayName(), from.displayName(), minutes, times, place, listLink, from.displayName()));
    }

    Mail confirmed(AccountSummary to, AccountSummary other, CoffeeChat chat, Instant stamp) {
        String summary = "Coffee chat: " + to.displayName() + " and " + other.displayName();
        String text = """
                Hello %s,

                Your coffee chat with %s is agreed:

                When:  %s (%d minutes)
                Place: %s

                The attached invitation adds it to your calendar. If something comes up, cancel it
                on Quad before it starts, and both of you get a cancellation:
                %s

                Afterwards, say on that page that you met. When you both have, your connection shows
                that you have met in person.
                """.formatted(to.displayName(), other.displayName(), when(chat.getStartsAt()), chat.getDurationMinutes(),
                chat.getPlace(), listLink);
        String ics = CoffeeInvites.request(invite(to, chat, summary, "A coffee chat with " + other.displayName()
                + ", arranged on Quad. To cancel: " + listLink, stamp));
        return new Mail(to.email(), "Coffee chat with " + other.displayName() + " on " + when(chat.getStartsAt()), text,
                List.of(new Mail.Attachment(CoffeeInvites.FILE_NAME, CoffeeInvites.CONTENT_TYPE_REQUEST, ics)));
    }

    /** @param otherName the other person, or a neutral phrase when they are gone */
    Mail cancelled(AccountSummary to, String otherName, CoffeeChat chat, Instant stamp) {
        String text = """
                Hello %s,

                The coffee chat with %s on %s is cancelled.
                The attached cancellation removes it from your calendar.
                """.formatted(to.displayName(), otherName, when(chat.getStartsAt()));
        String ics = CoffeeInvites.cancel(invite(to, chat, "Cancelled: coffee chat with " + otherName,
                "This coffee chat was cancelled.", stamp));
        return new Mail(to.email(), "Cancelled: coffee chat with " + otherName, text,
                List.of(new Mail.Attachment(CoffeeInvites.FILE_NAME, CoffeeInvites.CONTENT_TYPE_CANCEL, ics)));
    }

    Mail declined(AccountSummary to, AccountSummary invitee) {
        return new Mail(to.email(), "About your coffee chat with " + invitee.displayName(), """
                Hello %s,

                %s cannot make a coffee chat this time. Weeks fill up, and it says nothing about you:
                you are still connected, and you are welcome to propose another time later.
                """.formatted(to.displayName(), invitee.displayName()));
    }

    /** The invitation text on its own, for the download on the coffee chats page. */
    String invitation(AccountSummary to, AccountSummary other, CoffeeChat chat, Instant stamp) {
        return CoffeeInvites.request(invite(to, chat, "Coffee chat: " + to.displayName() + " and " + other.displayName(),
                "A coffee chat with " + other.displayName() + ", arranged on Quad. To cancel: " + listLink, stamp));
    }

    private CoffeeInvites.Invite invite(AccountSummary to, CoffeeChat chat, String summary, String description, Instant stamp) {
        return new CoffeeInvites.Invite(chat.getId(), chat.getSequence(), chat.getStartsAt(), chat.getEndsAt(), summary,
                chat.getPlace(), description, sender, to.displayName(), to.email(), stamp);
    }
}
