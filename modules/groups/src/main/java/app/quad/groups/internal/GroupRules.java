package app.quad.groups.internal;

import app.quad.groups.GroupRole;
import app.quad.groups.GroupVisibility;
import app.quad.groups.MembershipStatus;
import app.quad.identity.AccountStatus;
import app.quad.identity.AccountSummary;
import app.quad.identity.Role;

import java.util.Locale;
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

    private GroupRules() {
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
