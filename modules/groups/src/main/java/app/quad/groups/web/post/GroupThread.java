package app.quad.groups.web.post;

import app.quad.groups.Discussions;
import app.quad.groups.GroupPost;
import app.quad.groups.GroupReply;
import app.quad.groups.Groups;
import app.quad.groups.Membership;
import app.quad.groups.PostState;
import app.quad.platform.faces.LinkedText;
import app.quad.identity.CurrentUser;
import app.quad.networking.Reaction;
import app.quad.platform.Rejection;
import app.quad.platform.faces.FieldMessages;
import app.quad.platform.faces.PagedModel;
import app.quad.platform.moderation.ReportReason;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;

/**
 * Backs groups/post/view.xhtml?id=…: a thread with its replies, reacting and replying (members),
 * pinning, locking and deleting (managers; authors delete their own), and reporting. A thread the
 * viewer may not see is "not found".
 */
@Named
@ViewScoped
public class GroupThread implements Serializable {

    @Inject
    Discussions discussions;

    @Inject
    Groups groups;

    @Inject
    CurrentUser currentUser;

    private Long id;

    private GroupPost post;

    private String reply;

    private ReportReason reason;

    private String detail;

    /** The reply being reported, or null for the thread. */
    private GroupReply reported;

    private final PagedModel<GroupReply> replies = new PagedModel<>(
            (first, max) -> discussions.replies(currentUser.id(), id, first, max),
            item -> Long.toString(item.id()));

    public void load() throws IOException {
        post = id == null ? null : discussions.post(currentUser.id(), id).orElse(null);
        if (post == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
        }
    }

    private void reload() {
        post = discussions.post(currentUser.id(), id).orElse(post);
    }

    public void addReply() {
        try {
            discussions.reply(currentUser.id(), id, reply);
            reply = null;
            reload();
            FieldMessages.info("Your reply is added.");
        } catch (Rejection rejection) {
            FieldMessages.show("respond", rejection);
        }
    }

    public void react(Reaction reaction) {
        act(() -> discussions.react(currentUser.id(), id, reaction == post.myReaction() ? null : reaction), null);
    }

    public void togglePin() {
        boolean pin = !post.pinned();
        act(() -> discussions.pin(currentUser.id(), id, pin), pin ? "The thread is pinned to the top of the group." : "The thread is unpinned.");
    }

    public void toggleLock() {
        boolean lock = !post.locked();
        act(() -> discussions.lock(currentUser.id(), id, lock), lock ? "The thread is locked: nobody can reply any more."
                : "The thread is open for replies again.");
    }

    public String delete() {
        try {
            discussions.delete(currentUser.id(), id);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            FieldMessages.info("The thread is deleted.");
            return "/groups/group/view.xhtml?faces-redirect=true&slug=" + post.groupSlug();
        } catch (Rejection rejection) {
            FieldMessages.show("actions", rejection);
            return null;
        }
    }

    /** Points the report form at a reply instead of the thread. */
    public void reportReply(GroupReply reply) {
        reported = reply;
    }

    public void deleteReply(GroupReply reply) {
        act(() -> discussions.deleteReply(currentUser.id(), reply.id()), "The reply is deleted.");
    }

    public void report() {
        try {
            if (reported == null) {
                discussions.reportPost(currentUser.id(), id, reason, detail);
            } else {
                discussions.reportReply(currentUser.id(), reported.id(), reason, detail);
            }
            FieldMessages.info("Thank you. The moderators will look at this " + (reported == null ? "thread" : "reply")
                    + "; you will hear what they decide.");
            reason = null;
            detail = null;
            reported = null;
        } catch (Rejection rejection) {
            FieldMessages.show("report", rejection);
        }
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            reload();
            if (done != null) {
                FieldMessages.info(done);
            }
        } catch (Rejection rejection) {
            FieldMessages.show("actions", rejection);
        }
    }

    public boolean isManager() {
        return groups.membership(currentUser.id(), post.groupId()).map(Membership::manages).orElse(false);
    }

    public boolean isMember() {
        return groups.membership(currentUser.id(), post.groupId()).map(Membership::active).orElse(false);
    }

    public boolean wrote(GroupReply reply) {
        return reply.authorId() == currentUser.id();
    }

    public boolean mayDelete(GroupReply reply) {
        return wrote(reply) || isManager();
    }

    public GroupReply getReported() {
        return reported;
    }

    public boolean isMine() {
        return post.authorId() == currentUser.id();
    }

    public boolean isPublished() {
        return post.state() == PostState.PUBLISHED;
    }

    public String html(String text) {
        return LinkedText.html(text);
    }

    public String ago(Instant at) {
        return Ago.of(at);
    }

    public Reaction[] getReactions() {
        return Reaction.values();
    }

    public ReportReason[] getReasons() {
        return ReportReason.values();
    }

    public PagedModel<GroupReply> getReplies() {
        return replies;
    }

    public GroupPost getPost() { return post; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getReply() { return reply; }
    public void setReply(String reply) { this.reply = reply; }
    public ReportReason getReason() { return reason; }
    public void setReason(ReportReason reason) { this.reason = reason; }
    public String getDetail() { return detail; }
    public void setDetail(String detail) { this.detail = detail; }
}
