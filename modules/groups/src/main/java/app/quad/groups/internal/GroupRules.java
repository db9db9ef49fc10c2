package app.quad.groups.internal;

import app.quad.groups.GroupRole;
import app.quad.groups.GroupVisibility;
import app.quad.groups.MembershipStatus;
import app.quad.identity.AccountStatus;
import app.quad.identity.AccountSummary;
import app.quad.identity.Role;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who may see and do what in a group: pure functions of the group's visibility and the person's
 * standing ({@code null} when they have none).
 */
final class GroupRules {

    static final int NAME_MAX = 80;
    static final int DESCRIPTION_MAX = 2000;
    static final int RULES_MAX = 4000;

    /** Anything that looks like markup: text is stored plain and shown escaped, so tags are refused outright. */
    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z!]|javascript:", Pattern.CASE_INSENSITIVE);

    /** "@Name" after a blank or at the start: letters and digits, with dots, dashes or underscores inside. */
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}@])@([\\p{L}\\p{N}](?:[\\p{L}\\p{N}._-]{0,48}[\\p{L}\\p{N}])?)");

    /** At most this many people are looked for in one text. */
    static final int MENTIONS_MAX = 10;

    private GroupRules() {
    }

    /** Whether the group is there for this person: SECRET ones only for members and invitees, hidden ones only for members. */
    static boolean sees(GroupVisibility visibility, boolean hidden, MembershipStatus status) {
        return sees(visibility, status) && (!hidden || status == MembershipStatus.ACTIVE);
    }

    /** As above, and a group moderation removed is there for nobody, its own members and owners included. */
    static boolean sees(GroupVisibility visibility, boolean hidden, boolean removed, MembershipStatus status) {
        return !removed && sees(visibility, hidden, status);
    }

    /** The names mentioned in a text, lower case and without punctuation, at most {@link #MENTIONS_MAX}. */
    static Set<String> mentionTokens(String text) {
        Set<String> tokens = new LinkedHashSet<>();
        if (text == null) {
            return tokens;
        }
        Matcher found = MENTION.matcher(text);
        while (found.find() && tokens.size() < MENTIONS_MAX) {
            tokens.add(normal(found.group(1)));
        }
        return tokens;
    }

    /** "@AdaLovelace", "@ada.lovelace" and "@ada_lovelace" all name Ada Lovelace. */
    static boolean fullNameMatches(String displayName, String token) {
        return !token.isEmpty() && normal(displayName).equals(token);
    }

    /** "@Ada" names Ada Lovelace (the caller makes sure only one member is called Ada). */
    static boolean firstNameMatches(String displayName, String token) {
        String first = displayName.strip().split("\\s+")[0];
        return !token.isEmpty() && normal(first).equals(token);
    }

    private static String normal(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /**
     * When the member may post again, or empty when they may now: at most {@code perMinute} threads
     * and replies in any minute and {@code perHour} in any hour.
     *
     * @param recent when the member's recent threads and replies were written, newest first, at least the last hour's
     */
    static Optional<Instant> nextPostAllowed(List<Instant> recent, Instant now, int perMinute, int perHour) {
        Instant minute = freeAt(recent, now, perMinute, Duration.ofMinutes(1));
        Instant hour = freeAt(recent, now, perHour, Duration.ofHours(1));
        return Optional.ofNullable(minute == null ? hour : hour == null || minute.isAfter(hour) ? minute : hour);
    }

    /** When one more fits into the window, or null when it fits now: once the max-th newest leaves it. */
    private static Instant freeAt(List<Instant> recent, Instant now, int max, Duration window) {
        Instant since = now.minus(window);
        return recent.stream().filter(at -> at.isAfter(since)).count() >= max ? recent.get(max - 1).plus(window) : null;
    }

    /** "in 40 seconds", "in 12 minutes": rounded up, so that trying then works. */
    static String wait(Instant now, Instant next) {
        long seconds = Math.max(1, (Duration.between(now, next).toMillis() + 999) / 1000);
        if (seconds < 120) {
            return "in " + seconds + (seconds == 1 ? " second" : " seconds");
        }
        return "in " + (seconds + 59) / 60 + " minutes";
    }

    /** Whether the group exists for this person at all. */
    static boolean sees(GroupVisibility visibility, MembershipStatus status) {
        return visibility != GroupVisibility.SECRET || status == MembershipStatus.ACTIVE || status == MembershipStatus.INVITED;
    }

    /** Whether the person sees the group's members, posts and files. */
    static boolean seesInside(GroupVisibility visibility, MembershipStatus status) {
        return visibility == GroupVisibility.OPEN ? status != MembershipStatus.BANNED : status == MembershipStatus.ACTIVE;
    }

    /** Campus members (students, graduates, staff) with an active account may propose groups. */
    static boolean mayCreate(AccountSummary account) {
        return account.status() == AccountStatus.ACTIVE && campus(account);
    }

    static boolean campus(AccountSummary account) {
        return account.holds(Role.STUDENT) || account.holds(Role.ALUMNI) || account.holds(Role.STAFF);
    }

    /**
     * What joining leads to, or {@code null} when it is refused. Employers' people may join OPEN
     * groups only; an invitation is accepted whatever the visibility.
     */
    static MembershipStatus joinOutcome(GroupVisibility visibility, MembershipStatus status, boolean campus) {
        if (status == MembershipStatus.BANNED) {
            return null;
        }
        if (status == MembershipStatus.ACTIVE || status == MembershipStatus.INVITED) {
            return MembershipStatus.ACTIVE;
        }
        if (status == MembershipStatus.REQUESTED) {
            return MembershipStatus.REQUESTED;
        }
        return switch (visibility) {
            case OPEN -> MembershipStatus.ACTIVE;
            case CLOSED -> campus ? MembershipStatus.REQUESTED : null;
            case SECRET -> null;
        };
    }

    /** Whether an active member with {@code actor} role may remove or ban one with {@code target} role. */
    static boolean mayRemove(GroupRole actor, GroupRole target) {
        return actor == GroupRole.OWNER ? target != GroupRole.OWNER : actor == GroupRole.MANAGER && target == GroupRole.MEMBER;
    }

    /** Whether a member of this role may invite people to a group of this visibility. */
    static boolean mayInvite(GroupVisibility visibility, GroupRole role) {
        return role.manages() || visibility == GroupVisibility.OPEN;
    }

    /** A problem with a piece of text, or {@code null} when it is fine. */
    static String textProblem(String label, String text, int max, boolean required) {
        String value = text == null ? "" : text.strip();
        if (required && value.isEmpty()) {
            return label + " is required.";
        }
        if (value.length() > max) {
            return label + " can be at most " + max + " characters (it has " + value.length() + ").";
        }
        if (MARKUP.matcher(value).find()) {
            return label + " must be plain text: remove tags such as <script> or <b>.";
        }
        return null;
    }

    /** The group's address: lower-case letters and digits joined by dashes. */
    static String slug(String name) {
        String slug = java.text.Normalizer.normalize(name.strip(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "group" : slug;
    }
}
