package app.quad.networking.web.connections;

import app.quad.identity.CurrentUser;
import app.quad.networking.BlockedMember;
import app.quad.networking.Blocks;
import app.quad.platform.faces.FieldMessages;
import app.quad.platform.faces.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** Backs networking/connections/blocked.xhtml: the people I blocked, to unblock them. */
@Named
@ViewScoped
public class BlockedList implements Serializable {

    @Inject
    Blocks blocks;

    @Inject
    CurrentUser currentUser;

    private final PagedModel<BlockedMember> blocked = new PagedModel<>(
            (first, max) -> blocks.blockedBy(currentUser.id(), first, max),
            member -> Long.toString(member.accountId()));

    public void unblock(BlockedMember member) {
        blocks.unblock(currentUser.id(), member.accountId());
        FieldMessages.info(member.displayName() + " is unblocked. You were not reconnected; either of you may ask again.");
    }

    public String since(BlockedMember member) {
        return Dates.day(member.since());
    }

    public PagedModel<BlockedMember> getBlocked() {
        return blocked;
    }
}
