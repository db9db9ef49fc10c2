package app.quad.platform;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Who may use a page or see a navigation entry: everyone (signed in or not), anyone signed in,
 * or holders of at least one of the named roles.
 */
public record Audience(boolean everyone, Set<String> roles) {

    public static final Audience EVERYONE = new Audience(true, Set.of());
    public static final Audience SIGNED_IN = new Audience(false, Set.of());

    public Audience {
        roles = Set.copyOf(roles);
    }

    /** Holders of any of these roles; roles are named as the identity module names them. */
    public static Audience holdersOf(Enum<?>... roles) {
        if (roles.length == 0) {
            throw new IllegalArgumentException("name at least one role, or use SIGNED_IN");
        }
        return new Audience(false, Arrays.stream(roles).map(Enum::name).collect(Collectors.toUnmodifiableSet()));
    }

    /**
     * @param signedIn whether the caller is signed in
     * @param holds    whether the caller holds a role, by name
     */
    public boolean admits(boolean signedIn, Predicate<String> holds) {
        if (everyone) {
            return true;
        }
        if (!signedIn) {
            return false;
        }
        return roles.isEmpty() || roles.stream().anyMatch(holds);
    }
}
