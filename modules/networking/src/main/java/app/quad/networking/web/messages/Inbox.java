package app.quad.networking.web.messages;

import app.quad.identity.CurrentUser;
import app.quad.networking.ConversationSummary;
import app.quad.networking.Messages;
import app.quad.platform.Rejection;
import app.quad.platform.faces.FieldMessages;
import app.quad.platform.faces.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** Backs networking/messages/inbox.xhtml: conversations newest first, a search over them, and message requests. */
@Named
@ViewScoped
public class Inbox implements Serializable {

    @Inject
    Messages messages;

    @Inject
    CurrentUser currentUser;

    @Inject
    MessageCounts counts;

    private String query;

    /** The search being shown; the field may hold something not searched for yet. */
    private String searched;

    private final PagedModel<ConversationSummary> conversations = new PagedModel<>(
            (first, max) -> searched == null
                    ? messages.inbox(currentUser.id(), first, max)
                    : messages.search(currentUser.id(), searched, first, max),
            summary -> Long.toString(summary.conversationId()));

    private final PagedModel<ConversationSummary> requests = new PagedModel<>(
            (first, max) -> messages.requests(currentUser.id(), first, max),
            summary -> Long.toString(summary.conversationId()));

    public void search() {
        String text = query == null ? "" : query.strip();
        try {
            // Checked here so that a refusal shows at the field rather than when the table loads.
            messages.search(currentUser.id(), text, 0, 1);
            searched = text.isEmpty() ? null : text;
        } catch (Rejection rejection) {
            FieldMessages.show("search", rejection);
        }
    }

    public void clear() {
        query = null;
        searched = null;
    }

    public void accept(ConversationSummary request) {
        try {
            messages.accept(currentUser.id(), request.conversationId());
            FieldMessages.info("Accepted. Your conversation with " + request.otherName() + " is in your inbox.");
        } catch (Rejection rejection) {
            FieldMessages.error(null, rejection.getMessage());
        }
    }

    public void decline(ConversationSummary request) {
        try {
            messages.decline(currentUser.id(), request.conversationId());
            FieldMessages.info("Declined. " + request.otherName() + " is not told, and cannot write to you again unless you accept.");
        } catch (Rejection rejection) {
            FieldMessages.error(null, rejection.getMessage());
        }
    }

    public String when(ConversationSummary summary) {
        return Times.of(summary.lastMessageAt());
    }

    public String getCountsText() {
        long unread = counts.getUnread();
        long requests = counts.getRequests();
        String text = unread == 0 ? "You have read everything" : unread == 1 ? "1 conversation has unread messages"
                : unread + " conversations have unread messages";
        if (requests > 0) {
            text += requests == 1 ? "; 1 message request waits for your answer" : "; " + requests + " message requests wait for your answer";
        }
        return text + ".";
    }

    public PagedModel<ConversationSummary> getConversations() {
        return conversations;
    }

    public PagedModel<ConversationSummary> getRequests() {
        return requests;
    }

    public boolean isSearching() {
        return searched != null;
    }

    public String getSearched() {
        return searched;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
