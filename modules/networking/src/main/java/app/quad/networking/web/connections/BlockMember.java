package app.quad.networking.web.connections;

import app.quad.identity.AccountStatus;
import app.quad.identity.AccountSummary;
import app.quad.identity.Accounts;
import app.quad.identity.CurrentUser;
import app.quad.identity.Profiles;
import app.quad.networking.Connections;
import app.quad.networking.Messages;
import app.quad.networking.Relationship;
import app.quad.networking.Blocks;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;

/** Backs networking/connections/block.xhtml?id=…: blocking a person, after saying what it does. */
@Named
@ViewScoped
public class BlockMember implements Serializable {

    @Inject
    Blocks blocks;

    @Inject
    Accounts accounts;

    @Inject
    Profiles profiles;

    @Inject
    Connections connections;

    @Inject
    Messages messages;

    @Inject
    CurrentUser currentUser;

    private Long id;

    private String name;

    private boolean blocked;

    public void load() throws IOException {
        // Only someone one may see, or already has dealings with (a connection, a request, a conversation):
        // the page must not tell anyone's name to whoever guesses ids.
        AccountSummary other = id == null || id == currentUser.id() ? null
                : accounts.find(id).filter(account -> account.status() == AccountStatus.ACTIVE)
                .filter(account -> profiles.visibleTo(account.id(), currentUser.id())
                        || connections.between(currentUser.id(), account.id()) != Relationship.NONE
                        || messages.with(currentUser.id(), account.id()).isPresent())
                .orElse(null);
        if (other == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
            return;
        }
        name = other.displayName();
    }

    public void block() {
        blocks.block(currentUser.id(), id);
        blocked = true;
    }

    public boolean isBlocked() {
        return blocked;
    }

    public String getName() {
        return name;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
