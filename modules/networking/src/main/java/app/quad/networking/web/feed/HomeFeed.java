package app.quad.networking.web.feed;

import app.quad.identity.CurrentUser;
import app.quad.networking.Feed;
import app.quad.networking.NotificationCentre;
import app.quad.platform.Delivery;
import app.quad.networking.FeedCursor;
import app.quad.networking.FeedEntry;
import app.quad.networking.FeedItem;
import app.quad.networking.FeedPage;
import app.quad.networking.Post;
import app.quad.networking.PostAudience;
import app.quad.networking.PostImage;
import app.quad.networking.Reaction;
import app.quad.platform.faces.LinkedText;
import app.quad.platform.Rejection;
import app.quad.platform.faces.FieldMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Backs networking/feed/home.xhtml: writing a post, and the home feed a screen at a time ("Show
 * more" continues after the last post, never re-reading earlier ones).
 */
@Named
@ViewScoped
public class HomeFeed implements Serializable {

    static final int SCREEN = 10;

    @Inject
    Feed feed;

    @Inject
    NotificationCentre notificationCentre;

    @Inject
    CurrentUser currentUser;

    private final List<FeedItem> items = new ArrayList<>();

    private FeedCursor next;

    private String text;

    private PostAudience audience = PostAudience.CAMPUS;

    private transient Part image;

    private String imageDescription;

    @PostConstruct
    void load() {
        items.clear();
        next = FeedCursor.START;
        more();
    }

    public void more() {
        if (next == null) {
            return;
        }
        FeedPage page = feed.home(currentUser.id(), next, SCREEN);
        items.addAll(page.items());
        next = page.next();
    }

    public void publish() {
        try (InputStream content = image == null || image.getSize() == 0 ? null : image.getInputStream()) {
            PostImage attached = content == null ? null : new PostImage(image.getSubmittedFileName(), content, imageDescription);
            long id = feed.publish(currentUser.id(), text, audience, attached);
            text = null;
            imageDescription = null;
            load();
            // A post screening held is stored out of sight, even for its author, until a moderator looks.
            FieldMessages.info(feed.post(currentUser.id(), id).isPresent() ? "Posted."
                    : "Your post is waiting for a moderator's review before others can see it.");
        } catch (Rejection rejection) {
            FieldMessages.show("compose", rejection);
        } catch (IOException e) {
            FieldMessages.error("compose:file", "The image could not be read. Please try again.");
        } finally {
            image = null;
        }
    }

    public void react(Post post, Reaction reaction) {
        try {
            feed.react(currentUser.id(), post.id(), reaction == post.myReaction() ? null : reaction);
            feed.post(currentUser.id(), post.id()).ifPresent(updated -> items.set(items.indexOf(post), updated));
        } catch (Rejection rejection) {
            FieldMessages.error(null, rejection.getMessage());
        }
    }

    /** The text, escaped, with links that show their real host; safe to write unescaped. */
    public String html(String text) {
        return LinkedText.html(text);
    }

    public String ago(FeedItem item) {
        return PostDates.ago(item.at(), Instant.now());
    }

    public String commentLabel(Post post) {
        return switch (post.comments()) {
            case 0 -> "Comment";
            case 1 -> "1 comment";
            default -> post.comments() + " comments";
        };
    }

    /** The member chose to read their feed as a digest by e-mail. */
    public boolean isByMail() {
        return notificationCentre.settings(currentUser.id()).stream()
                .anyMatch(setting -> setting.kind().key().equals("feed.post") && setting.delivery() != Delivery.OFF);
    }

    /** Posts and other modules' entries (e.g. group threads), newest first within each screen. */
    public List<FeedItem> getItems() {
        return items;
    }

    /** Whether the item is another module's entry, shown as its own card. */
    public boolean entry(FeedItem item) {
        return item instanceof FeedEntry;
    }

    public boolean isMore() {
        return next != null;
    }

    public Reaction[] getReactions() {
        return Reaction.values();
    }

    public PostAudience[] getAudiences() {
        return PostAudience.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Part getImage() {
        return image;
    }

    public void setImage(Part image) {
        this.image = image;
    }

    public String getImageDescription() {
        return imageDescription;
    }

    public void setImageDescription(String imageDescription) {
        this.imageDescription = imageDescription;
    }

    public PostAudience getAudience() {
        return audience;
    }

    public void setAudience(PostAudience audience) {
        this.audience = audience;
    }
}
