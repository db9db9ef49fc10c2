package app.quad.networking.web.connections;

import app.quad.identity.AccountStatus;
import app.quad.identity.AccountSummary;
import app.quad.identity.Accounts;
import app.quad.identity.CurrentUser;
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
    CurrentUser currentUser;

    private Long id;

    private String name;

    private boolean blocked;

    public void load() throws IOException {
        AccountSummary other = id == null || id == currentUser.id() ? null
                : accounts.find(id).filter(account -> account.status() == AccountStatus.ACTIVE).orElse(null);
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
