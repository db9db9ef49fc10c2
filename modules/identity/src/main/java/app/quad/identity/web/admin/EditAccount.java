package app.quad.identity.web.admin;

import app.quad.identity.AccountAdministration;
import app.quad.identity.AccountStatus;
import app.quad.identity.AccountSummary;
import app.quad.identity.Accounts;
import app.quad.identity.CurrentUser;
import app.quad.identity.Invitations;
import app.quad.identity.Organisations;
import app.quad.identity.Role;
import app.quad.platform.Rejection;
import app.quad.platform.faces.FieldMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Backs identity/admin/account.xhtml: one account's roles and suspension. */
@Named
@ViewScoped
public class EditAccount implements Serializable {

    @Inject
    Accounts accounts;

    @Inject
    AccountAdministration administration;

    @Inject
    Organisations organisations;

    @Inject
    CurrentUser currentUser;

    @Inject
    Invitations invitations;

    private Long id;

    private AccountSummary account;

    private List<Role> roles = new ArrayList<>();

    private String reason;

    /** Loads the account named in the address; an unknown id shows the not-found page. */
    public void load() throws IOException {
        account = id == null ? null : accounts.find(id).orElse(null);
        if (account == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "No such account");
            faces.responseComplete();
            return;
        }
        roles = new ArrayList<>(account.roles());
    }

    public void saveRoles() {
        try {
            administration.changeRoles(currentUser.id(), account.id(), Set.copyOf(roles));
            reload();
            FieldMessages.info("Roles saved. " + account.displayName() + " signs in again to use them.");
        } catch (Rejection rejection) {
            FieldMessages.show("roles", rejection);
        }
    }

    public void suspend() {
        try {
            administration.suspend(currentUser.id(), account.id(), reason);
            reason = null;
            reload();
            FieldMessages.info(account.displayName() + " is suspended and signed out everywhere.");
        } catch (Rejection rejection) {
            FieldMessages.show("suspension", rejection);
        }
    }

    public void reactivate() {
        administration.reactivate(currentUser.id(), account.id());
        reload();
        FieldMessages.info(account.displayName() + " can sign in again.");
    }

    public void reinvite() {
        try {
            invitations.resend(currentUser.id(), account.id());
            FieldMessages.info("A new invitation is on its way to " + account.email() + "; earlier links no longer work.");
        } catch (Rejection rejection) {
            FieldMessages.error(null, rejection.getMessage());
        }
    }

    public boolean isInvited() {
        return account != null && account.status() == AccountStatus.INVITED;
    }

    private void reload() {
        account = accounts.find(account.id()).orElseThrow();
        roles = new ArrayList<>(account.roles());
    }

    public boolean isSuspended() {
        return account != null && account.status() == AccountStatus.SUSPENDED;
    }

    public String getOrganisation() {
        return organisations.ofAccount(account.id())
                .map(organisation -> organisation.name() + " (" + organisation.status().name().toLowerCase() + ")")
                .orElse("");
    }

    public List<Role> getAllRoles() {
        return List.of(Role.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AccountSummary getAccount() {
        return account;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles == null ? new ArrayList<>() : roles;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
