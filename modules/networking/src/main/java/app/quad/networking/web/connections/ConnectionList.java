package app.quad.networking.web.connections;

import app.quad.identity.CurrentUser;
import app.quad.networking.Connections;
import app.quad.networking.Contact;
import app.quad.platform.faces.FieldMessages;
import app.quad.platform.faces.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** Backs networking/connections/list.xhtml: my connections, newest first. */
@Named
@ViewScoped
public class ConnectionList implements Serializable {

    @Inject
    Connections connections;

    @Inject
    CurrentUser currentUser;

    private final PagedModel<Contact> contacts = new PagedModel<>(
            (first, max) -> connections.connectionsOf(currentUser.id(), first, max),
            contact -> Long.toString(contact.accountId()));

    public void remove(Contact contact) {
        connections.remove(currentUser.id(), contact.accountId());
        FieldMessages.info("You are no longer connected with " + contact.displayName() + ". They are not told.");
    }

    public String since(Contact contact) {
        return Dates.day(contact.since());
    }

    public PagedModel<Contact> getContacts() {
        return contacts;
    }

    public int getRequestsWaiting() {
        return (int) connections.incoming(currentUser.id(), 0, 1).total();
    }
}
