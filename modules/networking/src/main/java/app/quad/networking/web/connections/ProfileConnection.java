package app.quad.networking.web.connections;

import app.quad.identity.CurrentUser;
import app.quad.identity.AccountSummary;
import app.quad.identity.Accounts;
import app.quad.networking.Connections;
import app.quad.networking.FollowTarget;
import app.quad.networking.Follows;
import app.quad.networking.Relationship;
import app.quad.platform.faces.FieldMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.Map;

/**
 * Backs the "Connect" and "Follow" part of a profile page (WEB-INF/networking/profile-actions.xhtml). Connection
 * counts are never shown, only what the viewer has in common with the person.
 */
@Named
@RequestScoped
public class ProfileConnection {

    @Inject
    Connections connections;

    @Inject
    Follows follows;

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser currentUser;

    private final Map<Long, Relationship> relationships = new HashMap<>();

    /** Signed in and looking at someone else. */
    public boolean applies(Long ownerId) {
        return ownerId != null && currentUser.signedIn() && ownerId != currentUser.id();
    }

    public String relationship(long ownerId) {
        return relationships.computeIfAbsent(ownerId, owner -> connections.between(currentUser.id(), owner)).name();
    }

    public String mutual(long ownerId) {
        int count = connections.mutualCount(currentUser.id(), ownerId);
        return count == 0 ? "" : count == 1 ? "1 mutual connection" : count + " mutual connections";
    }

    public boolean following(long ownerId) {
        return follows.follows(currentUser.id(), FollowTarget.account(ownerId));
    }

    public boolean mayFollow(long ownerId) {
        return follows.mayFollow(currentUser.id(), FollowTarget.account(ownerId));
    }

    public void toggleFollow(long ownerId) {
        String name = accounts.find(ownerId).map(AccountSummary::displayName).orElse("");
        if (following(ownerId)) {
            follows.unfollow(currentUser.id(), FollowTarget.account(ownerId));
            FieldMessages.info("You no longer follow " + name + ".");
        } else {
            follows.follow(currentUser.id(), FollowTarget.account(ownerId));
            FieldMessages.info("You follow " + name + ": their updates reach your feed, without a connection.");
        }
    }
}
