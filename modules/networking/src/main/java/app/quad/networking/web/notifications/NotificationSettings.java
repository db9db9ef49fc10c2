package app.quad.networking.web.notifications;

import app.quad.identity.CurrentUser;
import app.quad.networking.NotificationCentre;
import app.quad.networking.NotificationSetting;
import app.quad.networking.internal.NotificationConfig;
import app.quad.platform.Delivery;
import app.quad.platform.Rejection;
import app.quad.platform.faces.FieldMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Backs networking/notifications/settings.xhtml: how the person gets each kind of notice. */
@Named
@ViewScoped
public class NotificationSettings implements Serializable {

    @Inject
    NotificationCentre centre;

    @Inject
    CurrentUser currentUser;

    @Inject
    NotificationConfig config;

    private List<NotificationSetting> settings;

    /** Delivery names by kind key, as the selects post them. */
    private final Map<String, String> choices = new HashMap<>();

    @PostConstruct
    void load() {
        settings = centre.settings(currentUser.id());
        choices.clear();
        settings.forEach(setting -> choices.put(setting.kind().key(), setting.delivery().name()));
    }

    public void save() {
        Map<String, Delivery> chosen = new LinkedHashMap<>();
        for (NotificationSetting setting : settings) {
            String value = choices.get(setting.kind().key());
            try {
                chosen.put(setting.kind().key(), Delivery.valueOf(value));
            } catch (IllegalArgumentException | NullPointerException e) {
                FieldMessages.error(null, "Choose how you want to hear about \u201c" + setting.kind().label() + "\u201d.");
                return;
            }
        }
        try {
            centre.choose(currentUser.id(), chosen);
            load();
            FieldMessages.info("Your notification settings are saved. New notifications follow them.");
        } catch (Rejection rejection) {
            FieldMessages.error(null, rejection.getMessage());
        }
    }

    public List<NotificationSetting> getSettings() {
        return settings;
    }

    public Map<String, String> getChoices() {
        return choices;
    }

    public String getSchedule() {
        return config.describeSchedule();
    }

    public Delivery[] getDeliveries() {
        return Delivery.values();
    }
}
