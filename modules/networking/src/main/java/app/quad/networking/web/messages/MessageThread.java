package app.quad.networking.web.messages;

import app.quad.platform.moderation.ReportReason;
import app.quad.identity.AccountSummary;
import app.quad.identity.Accounts;
import app.quad.identity.CurrentUser;
import app.quad.identity.Profiles;
import app.quad.networking.Blocks;
import app.quad.networking.Connections;
import app.quad.networking.Conversation;
import app.quad.networking.ConversationState;
import app.quad.networking.Message;
import app.quad.networking.Messages;
import app.quad.platform.faces.LinkedText;
import app.quad.networking.Relationship;
import app.quad.networking.ThreadPage;
import app.quad.platform.Rejection;
import app.quad.platform.faces.FieldMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Backs networking/messages/conversation.xhtml?with=…: the conversation with one person, or the
 * first message to them. A poll brings new messages while the page is open; whoever the viewer
 * may not see and has no conversation with is "not found", as on the profile page.
 */
@Named
@ViewScoped
public class MessageThread implements Serializable {

    /** Messages loaded at a time, and "load earlier" adds as many. */
    static final int PAGE = 30;

    /**
     * A page left open polls for this long after the last new message or click, then stops, so
     * that a forgotten tab does not keep its session alive for ever.
     */
    static final Duration POLL_FOR = Duration.ofMinutes(30);

    @Inject
    Messages messages;

    @Inject
    Connections connections;

    @Inject
    Blocks blocks;

    @Inject
    Profiles profiles;

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser currentUser;

    private Long with;

    private String otherName;

    private Conversation conversation;

    private boolean connected;

    private boolean blocked;

    private final List<Message> shown = new ArrayList<>();

    private boolean earlier;

    private String query;

    private String searched;

    private String body;

    /** The send form's one-time token: a form posted twice carries the same one, and makes one message. */
    private String token;

    private String announcement = "";

    private final Set<Long> reported = new HashSet<>();

    /** Why the member reports a message, chosen once for the page; spam unless they choose otherwise. */
    private ReportReason reportReason = ReportReason.SPAM;

    private String reportDetail;

    public ReportReason[] getReportReasons() {
        return ReportReason.values();
    }

    public ReportReason getReportReason() {
        return reportReason;
    }

    public void setReportReason(ReportReason reportReason) {
        this.reportReason = reportReason;
    }

    public String getReportDetail() {
        return reportDetail;
    }

    public void setReportDetail(String reportDetail) {
        this.reportDetail = reportDetail;
    }

    private Instant lastActivity = Instant.now();

    private boolean pollStopped;

    public void load() throws IOException {
        long me = currentUser.id();
        conversation = with == null || with == me ? null : messages.with(me, with).orElse(null);
        if (conversation == null && (with == null || with == me || !profiles.visibleTo(with, me))) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
            return;
        }
        otherName = conversation != null ? conversation.otherName()
                : accounts.find(with).map(AccountSummary::displayName).orElse("");
        connected = connections.between(me, with) == Relationship.CONNECTED;
        blocked = blocks.eitherWay(me, with);
        token = UUID.randomUUID().toString();
        reload();
    }

    private void reload() {
        shown.clear();
        earlier = false;
        if (conversation == null) {
            return;
        }
        ThreadPage page = messages.thread(currentUser.id(), conversation.conversationId(), null, PAGE, searched);
        shown.addAll(page.messages());
        earlier = page.earlier();
        markRead();
    }

    private void markRead() {
        if (searched == null && !shown.isEmpty()) {
            messages.markRead(currentUser.id(), conversation.conversationId(), newestId());
        }
    }

    private long newestId() {
        return shown.isEmpty() ? 0 : shown.get(shown.size() - 1).messageId();
    }

    public String send() {
        try {
            long sent = messages.send(currentUser.id(), with, body, token);
            if (messages.held(currentUser.id(), sent)) {
                // Kept across the redirect, so the sender knows why the message does not show.
                jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                FieldMessages.info("Your message is waiting for a moderator's review before it is delivered.");
            }
        } catch (Rejection rejection) {
            FieldMessages.show("send", rejection);
            return null;
        }
        // A fresh page for the next message: reloading it does not post again, and it gets a new token.
        return "/networking/messages/conversation.xhtml?faces-redirect=true&with=" + with;
    }

    /** Called by the poll: one indexed query for what came after the newest message shown. */
    public void poll() {
        if (conversation == null || searched != null || pollStopped) {
            return;
        }
        List<Message> fresh = messages.after(currentUser.id(), conversation.conversationId(), newestId(), PAGE);
        Instant now = Instant.now();
        if (fresh.isEmpty()) {
            if (Duration.between(lastActivity, now).compareTo(POLL_FOR) > 0) {
                pollStopped = true;
                PrimeFaces.current().ajax().update("paused");
            }
            return;
        }
        lastActivity = now;
        shown.addAll(fresh);
        markRead();
        long theirs = fresh.stream().filter(message -> !mine(message)).count();
        announcement = theirs == 0 ? "" : theirs == 1 ? "New message from " + otherName + "."
                : theirs + " new messages from " + otherName + ".";
        PrimeFaces.current().ajax().update("thread:list", "announce");
    }

    public void loadEarlier() {
        lastActivity = Instant.now();
        if (shown.isEmpty()) {
            return;
        }
        ThreadPage page = messages.thread(currentUser.id(), conversation.conversationId(), shown.get(0).messageId(), PAGE, searched);
        shown.addAll(0, page.messages());
        earlier = page.earlier();
    }

    public void search() {
        lastActivity = Instant.now();
        String text = query == null ? "" : query.strip();
        try {
            searched = text.isEmpty() ? null : text;
            reload();
        } catch (Rejection rejection) {
            searched = null;
            FieldMessages.show("find", rejection);
        }
    }

    public void clearSearch() {
        lastActivity = Instant.now();
        query = null;
        searched = null;
        reload();
    }

    public void report(Message message) {
        lastActivity = Instant.now();
        try {
            messages.report(currentUser.id(), message.messageId(), reportReason, reportDetail);
            reportDetail = null;
            reported.add(message.messageId());
            FieldMessages.info("Thank you. The message is with the career center's moderators, who will look at it. "
                    + otherName + " is not told who reported it. You can also block them from their profile.");
        } catch (Rejection rejection) {
            FieldMessages.error(null, rejection.getMessage());
        }
    }

    public void accept() {
        messages.accept(currentUser.id(), conversation.conversationId());
        conversation = messages.with(currentUser.id(), with).orElse(conversation);
        FieldMessages.info("Accepted. You and " + otherName + " can now write to each other.");
    }

    public void decline() {
        messages.decline(currentUser.id(), conversation.conversationId());
        conversation = messages.with(currentUser.id(), with).orElse(conversation);
        FieldMessages.info("Declined. " + otherName + " is not told, and cannot write to you again unless you accept.");
    }

    public boolean mine(Message message) {
        return message.senderId() == currentUser.id();
    }

    public String senderName(Message message) {
        return mine(message) ? "You" : otherName;
    }

    public String html(Message message) {
        return LinkedText.html(message.text());
    }

    public String when(Message message) {
        return Times.of(message.sentAt());
    }

    public String datetime(Message message) {
        return Times.machine(message.sentAt());
    }

    public boolean reported(Message message) {
        return reported.contains(message.messageId());
    }

    private ConversationState state() {
        return conversation == null ? null : conversation.state();
    }

    public boolean isStarted() {
        return conversation != null;
    }

    public boolean isOtherHidden() {
        return conversation != null && conversation.otherHidden();
    }

    /** The send form shows: nothing stands in the way that the person could not change by writing. */
    public boolean isMaySend() {
        return !blocked && !isOtherHidden() && (conversation == null || state() == ConversationState.ACTIVE);
    }

    /** A first message to someone who is not a connection: it will arrive as a request. */
    public boolean isFirstAsRequest() {
        return conversation == null && !connected;
    }

    public boolean isWaiting() {
        return state() == ConversationState.REQUEST_SENT;
    }

    public boolean isAnswering() {
        return !blocked && (state() == ConversationState.REQUEST_RECEIVED || state() == ConversationState.DECLINED);
    }

    public boolean isDeclined() {
        return state() == ConversationState.DECLINED;
    }

    public boolean isBlocked() {
        return blocked;
    }

    public List<Message> getMessages() {
        return shown;
    }

    public boolean isEarlier() {
        return earlier;
    }

    public boolean isSearching() {
        return searched != null;
    }

    public String getSearched() {
        return searched;
    }

    public boolean isPollStopped() {
        return pollStopped;
    }

    public String getAnnouncement() {
        return announcement;
    }

    public String getOtherName() {
        return otherName;
    }

    public Long getWith() {
        return with;
    }

    public void setWith(Long with) {
        this.with = with;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
