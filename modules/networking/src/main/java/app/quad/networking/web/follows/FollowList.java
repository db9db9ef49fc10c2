package app.quad.networking.web.follows;

import app.quad.identity.CurrentUser;
import app.quad.networking.Follows;
import app.quad.platform.faces.FieldMessages;
import app.quad.platform.faces.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** Backs networking/follows/list.xhtml: the people and organisations I follow. */
@Named
@ViewScoped
public class FollowList implements Serializable {

    @Inject
    Follows follows;

    @Inject
    CurrentUser currentUser;

    private final PagedModel<Follows.Followed> followed = new PagedModel<>(
            (first, max) -> follows.followedBy(currentUser.id(), first, max),
            item -> item.target().kind() + ":" + item.target().id());

    public void unfollow(Follows.Followed item) {
        follows.unfollow(currentUser.id(), item.target());
        FieldMessages.info("You no longer follow " + item.name() + ".");
    }

    public String link(Follows.Followed item) {
        return switch (item.target().kind()) {
            case ACCOUNT -> "/identity/profile/view.xhtml?id=" + item.target().id();
            case ORGANISATION -> "/identity/organisations/view.xhtml?id=" + item.target().id();
        };
    }

    public PagedModel<Follows.Followed> getFollowed() {
        return followed;
    }
}
