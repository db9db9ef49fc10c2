package app.quad.networking.web.settings;

import app.quad.identity.CurrentUser;
import app.quad.networking.Follows;
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

/** Backs networking/settings/edit.xhtml: pausing new requests for a while, and taking followers. */
@Named
@ViewScoped
public class EditSettings implements Serializable {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    @Inject
    Snooze snooze;

    @Inject
    Follows follows;

    @Inject
    CurrentUser currentUser;

    private int days = 14;

    private String note;

    private boolean allowFollowers;

    @PostConstruct
    void load() {
        allowFollowers = follows.allowsFollowers(currentUser.id());
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
