package app.quad.platform.moderation;

import java.util.Optional;

/**
 * Implemented by each module for the kinds of thing it owns, so moderation can show a reported item
 * without reading another module's tables.
 */
public interface ReportableContent {

    /** Whether this module owns things of the kind, such as {@code groups.post}. */
    boolean handles(String kind);

    /**
     * The item as the given member sees it, or empty when it does not exist or they may not see it;
     * a member can only report what they can see.
     */
    Optional<ReportedItem> find(long id, long viewerId);

    /** The item for a moderator, hidden or not; empty only when it no longer exists. */
    Optional<ReportedItem> find(long id);

    /**
     * Whether moderators may remove things of the kind. A profile, say, is dealt with through its
     * author's account instead, so moderation refuses REMOVE for it.
     */
    default boolean removable(String kind) {
        return true;
    }
}
