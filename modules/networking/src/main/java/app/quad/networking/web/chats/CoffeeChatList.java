package app.quad.networking.web.chats;

import app.quad.identity.CurrentUser;
import app.quad.identity.Role;
import app.quad.networking.CoffeeChats;
import app.quad.networking.CoffeeChats.Chat;
import app.quad.platform.Rejection;
import app.quad.platform.faces.FieldMessages;
import app.quad.platform.faces.PagedModel;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * Backs networking/chats/list.xhtml: proposals waiting for my answer, those I made, agreed chats to
 * come (with their calendar file) and past ones, where each of us says "we met".
 */
@Named
@ViewScoped
public class CoffeeChatList implements Serializable {

    @Inject
    CoffeeChats coffeeChats;

    @Inject
    CurrentUser currentUser;

    private Long ics;

    private final PagedModel<Chat> awaiting = model(Part.AWAITING);
    private final PagedModel<Chat> proposed = model(Part.PROPOSED);
    private final PagedModel<Chat> upcoming = model(Part.UPCOMING);
    private final PagedModel<Chat> past = model(Part.PAST);

    private enum Part { AWAITING, PROPOSED, UPCOMING, PAST }

    private PagedModel<Chat> model(Part part) {
        return new PagedModel<>((first, max) -> switch (part) {
            case AWAITING -> coffeeChats.awaitingAnswer(currentUser.id(), first, max);
            case PROPOSED -> coffeeChats.proposed(currentUser.id(), first, max);
            case UPCOMING -> coffeeChats.upcoming(currentUser.id(), first, max);
            case PAST -> coffeeChats.past(currentUser.id(), first, max);
        }, chat -> Long.toString(chat.id()));
    }

    public void choose(Chat chat, CoffeeChats.Slot slot) {
        try {
            coffeeChats.choose(currentUser.id(), chat.id(), slot.id());
            FieldMessages.info("Agreed: coffee chat with " + chat.otherName() + " on " + when(slot.startsAt())
                    + ". You both get an invitation for your calendars by mail.");
        } catch (Rejection rejection) {
            FieldMessages.error(null, rejection.getMessage());
        }
    }

    public void decline(Chat chat) {
        coffeeChats.decline(currentUser.id(), chat.id());
        FieldMessages.info("Declined. " + chat.otherName() + " is told only that you cannot make it this time.");
    }

    public void cancel(Chat chat) {
        try {
            coffeeChats.cancel(currentUser.id(), chat.id());
            FieldMessages.info(chat.status() == CoffeeChats.Status.PROPOSED
                    ? "Your proposal to " + chat.otherName() + " is withdrawn."
                    : "The coffee chat with " + chat.otherName() + " is cancelled. You both get a cancellation for your calendars.");
        } catch (Rejection rejection) {
            FieldMessages.error(null, rejection.getMessage());
        }
    }

    public void met(Chat chat) {
        try {
            coffeeChats.confirmMet(currentUser.id(), chat.id());
            FieldMessages.info(chat.theySaidWeMet()
                    ? "You both said you met: your connection with " + chat.otherName() + " now shows it."
                    : "Thank you. When " + chat.otherName() + " says so too, your connection shows that you met in person.");
        } catch (Rejection rejection) {
            FieldMessages.error(null, rejection.getMessage());
        }
    }

    /** The calendar file of an agreed chat to come, for ?ics=…; anyone else's chat is "not found". */
    public void downloadInvitation() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        Optional<String> invitation = ics == null ? Optional.empty() : coffeeChats.invitation(currentUser.id(), ics);
        if (invitation.isEmpty()) {
            external.responseSendError(404, "Not found");
            faces.responseComplete();
            return;
        }
        external.responseReset();
        external.setResponseContentType("text/calendar; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"coffee-chat-" + ics + ".ics\"");
        external.setResponseHeader("X-Content-Type-Options", "nosniff");
        external.setResponseHeader("Cache-Control", "no-store");
        external.setResponseCharacterEncoding(StandardCharsets.UTF_8.name());
        Writer out = external.getResponseOutputWriter();
        out.write(invitation.get());
        out.flush();
        faces.responseComplete();
    }

    public String when(Instant instant) {
        return Times.when(instant, coffeeChats.campusZone());
    }

    public String getZone() {
        return Times.zoneName(coffeeChats.campusZone());
    }

    public boolean isStaff() {
        return currentUser.holds(Role.STAFF) || currentUser.holds(Role.ADMIN);
    }

    public PagedModel<Chat> getAwaiting() {
        return awaiting;
    }

    public PagedModel<Chat> getProposed() {
        return proposed;
    }

    public PagedModel<Chat> getUpcoming() {
        return upcoming;
    }

    public PagedModel<Chat> getPast() {
        return past;
    }

    public Long getIcs() {
        return ics;
    }

    public void setIcs(Long ics) {
        this.ics = ics;
    }
}
