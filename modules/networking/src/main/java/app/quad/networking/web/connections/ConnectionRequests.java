package app.quad.networking.web.connections;

import app.quad.identity.CurrentUser;
import app.quad.networking.Connections;
import app.quad.networking.IncomingRequest;
import app.quad.networking.RequestBudget;
import app.quad.networking.SentRequest;
import app.quad.platform.Rejection;
import app.quad.platform.faces.FieldMessages;
import app.quad.platform.faces.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** Backs networking/connections/requests.xhtml: requests waiting for my answer, and those I sent. */
@Named
@ViewScoped
public class ConnectionRequests implements Serializable {

    @Inject
    Connections connections;

    @Inject
    CurrentUser currentUser;

    private final PagedModel<IncomingRequest> incoming = new PagedModel<>(
            (first, max) -> connections.incoming(currentUser.id(), first, max),
            request -> Long.toString(request.requestId()));

    private final PagedModel<SentRequest> sent = new PagedModel<>(
            (first, max) -> connections.sent(currentUser.id(), first, max),
            request -> Long.toString(request.requestId()));

    public void accept(IncomingRequest request) {
        try {
            connections.accept(currentUser.id(), request.requestId());
            FieldMessages.info("You are now connected with " + request.requesterName() + ".");
        } catch (Rejection rejection) {
            FieldMessages.error(null, rejection.getMessage());
        }
    }

    public void decline(IncomingRequest request) {
        connections.decline(currentUser.id(), request.requestId());
        FieldMessages.info("Declined. " + request.requesterName() + " is not told.");
    }

    public void withdraw(SentRequest request) {
        connections.withdraw(currentUser.id(), request.requestId());
        FieldMessages.info("Your request to " + request.recipientName() + " is withdrawn.");
    }

    public String receivedOn(IncomingRequest request) {
        return Dates.day(request.sentAt());
    }

    public String sentOn(SentRequest request) {
        return Dates.day(request.sentAt());
    }

    public RequestBudget getBudget() {
        return connections.budget(currentUser.id());
    }

    public PagedModel<IncomingRequest> getIncoming() {
        return incoming;
    }

    public PagedModel<SentRequest> getSent() {
        return sent;
    }
}
