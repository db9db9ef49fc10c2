package app.quad.networking.web.feed;

import app.quad.platform.moderation.ReportReason;
import app.quad.identity.CurrentUser;
import app.quad.networking.Feed;
import app.quad.networking.NoiseControls;
import app.quad.networking.Post;
import app.quad.networking.PostComment;
import app.quad.networking.Reaction;
import app.quad.platform.faces.LinkedText;
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
import java.time.Instant;

/** Backs networking/feed/post.xhtml?id=…: one post, its comments, reacting, reporting, muting its author. */
@Named
@ViewScoped
public class ViewPost implements Serializable {

    @Inject
    Feed feed;

    @Inject
    NoiseControls noise;

    @Inject
    CurrentUser currentUser;

    /** Moderation's screening: when it is in the WAR, so is its page for reporting a comment. */
    @Inject
    jakarta.enterprise.inject.Instance<app.quad.platform.moderation.ContentScreening> screening;

    public boolean isModerated() {
        return screening.isResolvable();
    }

    public long getViewerId() {
        return currentUser.id();
    }

    private Long id;

    private Post post;

    private String comment;

    private ReportReason reason;

    private String detail;

    private final PagedModel<PostComment> comments = new PagedModel<>(
            (first, max) -> feed.comments(currentUser.id(), id, first, max),
            item -> Long.toString(item.id()));

    public void load() throws IOException {
        post = id == null ? null : feed.post(currentUser.id(), id).orElse(null);
        if (post == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
        }
    }

    public void addComment() throws IOException {
        try {
            feed.comment(currentUser.id(), id, comment);
            comment = null;
            load();
            FieldMessages.info("Your comment is added.");
        } catch (Rejection rejection) {
            FieldMessages.show("respond", rejection);
        }
    }

    public void react(Reaction reaction) throws IOException {
        feed.react(currentUser.id(), id, reaction == post.myReaction() ? null : reaction);
        load();
    }

    public void report() {
        try {
            feed.report(currentUser.id(), id, reason, detail);
            reason = null;
            detail = null;
            FieldMessages.info("Thank you. The moderators will look at this post; you will hear what they decide.");
        } catch (Rejection rejection) {
            FieldMessages.show("report", rejection);
        }
    }

    public void muteAuthor() {
        noise.mutePerson(currentUser.id(), post.authorId());
        FieldMessages.info(post.authorName() + " is muted: their posts stay out of your feed. They are not told.");
    }

    public void delete() throws IOException {
        feed.delete(currentUser.id(), id);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/networking/feed/home.xhtml");
    }

    public boolean isMine() {
        return post != null && post.authorId() == currentUser.id();
    }

    /** The text, escaped, with links that show their real host; safe to write unescaped. */
    public String html(String text) {
        return LinkedText.html(text);
    }

    public String ago(Instant at) {
        return PostDates.ago(at, Instant.now());
    }

    public Reaction[] getReactions() {
        return Reaction.values();
    }

    public Post getPost() {
        return post;
    }

    public PagedModel<PostComment> getComments() {
        return comments;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public ReportReason[] getReasons() {
        return ReportReason.values();
    }

    public String getDetail() {
        return detail;
    }

    public void setDetail(String detail) {
        this.detail = detail;
    }

    public ReportReason getReason() {
        return reason;
    }

    public void setReason(ReportReason reason) {
        this.reason = reason;
    }
}
