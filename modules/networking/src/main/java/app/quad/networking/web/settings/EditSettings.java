package app.quad.networking.web.settings;

import app.quad.identity.CurrentUser;
import app.quad.networking.Follows;
import app.quad.networking.NoiseControls;
import app.quad.networking.Snooze;
import app.quad.platform.Rejection;
import app.quad.platform.faces.FieldMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Backs networking/settings/edit.xhtml: pausing new requests for a while, the feed's noise controls, taking followers. */
@Named
@ViewScoped
public class EditSettings implements Serializable {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    @Inject
    Snooze snooze;

    @Inject
    Follows follows;

    @Inject
    NoiseControls noise;

    @Inject
    CurrentUser currentUser;

    private int days = 14;

    private String note;

    private boolean allowFollowers;

    private boolean quiet;

    private String keyword;

    private NoiseControls.Settings feedSettings;

    @PostConstruct
    void load() {
        allowFollowers = follows.allowsFollowers(currentUser.id());
        feedSettings = noise.settings(currentUser.id());
        quiet = feedSettings.quiet();
    }

    public void saveQuiet() {
        noise.quiet(currentUser.id(), quiet);
        feedSettings = noise.settings(currentUser.id());
        FieldMessages.info(quiet ? "Quiet mode is on: your feed shows your connections' posts only."
                : "Quiet mode is off: your feed also shows the people you follow.");
    }

    public void muteKeyword() {
        try {
            noise.muteKeyword(currentUser.id(), keyword);
            FieldMessages.info("Posts mentioning \u201c" + keyword.strip() + "\u201d stay out of your feed.");
            keyword = null;
            feedSettings = noise.settings(currentUser.id());
        } catch (Rejection rejection) {
            FieldMessages.show("keywords", rejection);
        }
    }

    public void unmuteKeyword(String word) {
        noise.unmuteKeyword(currentUser.id(), word);
        feedSettings = noise.settings(currentUser.id());
        FieldMessages.info("\u201c" + word + "\u201d is no longer muted.");
    }

    public void unmutePerson(long personId) {
        String name = feedSettings.mutedPeople().getOrDefault(personId, "");
        noise.unmutePerson(currentUser.id(), personId);
        feedSettings = noise.settings(currentUser.id());
        FieldMessages.info(name + " is no longer muted.");
    }

    public NoiseControls.Settings getFeedSettings() {
        return feedSettings;
    }

    public List<java.util.Map.Entry<Long, String>> getMutedPeople() {
        return List.copyOf(feedSettings.mutedPeople().entrySet());
    }

    public boolean isQuiet() {
        return quiet;
    }

    public void setQuiet(boolean quiet) {
        this.quiet = quiet;
    }

    public String getKeyword() {
        return keyword;
    }

    public void setKeyword(String keyword) {
        this.keyword = keyword;
    }

    public void snooze() {
        try {
            snooze.snooze(currentUser.id(), Instant.now().plus(Duration.ofDays(days)), note);
            FieldMessages.info("Snoozed. Nobody new can ask to connect or message you until " + getSnoozedUntil()
                    + "; your connections still can.");
        } catch (Rejection rejection) {
            FieldMessages.show("snooze", rejection);
        }
    }

    public void wake() {
        snooze.wake(currentUser.id());
        note = null;
        FieldMessages.info("Welcome back: people can ask to connect and message you again.");
    }

    public void saveFollowers() {
        try {
            follows.allowFollowers(currentUser.id(), allowFollowers);
            FieldMessages.info(allowFollowers ? "People can now follow your updates." : "Nobody follows you any more.");
        } catch (Rejection rejection) {
            FieldMessages.show("followers", rejection);
        }
    }

    public boolean isMayTakeFollowers() {
        return currentUser.holds(app.quad.identity.Role.STAFF) || currentUser.holds(app.quad.identity.Role.ALUMNI);
    }

    public Optional<Snooze.Snoozed> snoozed() {
        return snooze.of(currentUser.id());
    }

    public boolean isSnoozed() {
        return snoozed().isPresent();
    }

    public String getSnoozedUntil() {
        return snoozed().map(state -> DAY.format(state.until())).orElse("");
    }

    public String getSnoozeNote() {
        return snoozed().map(Snooze.Snoozed::note).orElse("");
    }

    public List<Integer> getDayChoices() {
        return List.of(7, 14, 30, 60, 90);
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isAllowFollowers() {
        return allowFollowers;
    }

    public void setAllowFollowers(boolean allowFollowers) {
        this.allowFollowers = allowFollowers;
    }
}
