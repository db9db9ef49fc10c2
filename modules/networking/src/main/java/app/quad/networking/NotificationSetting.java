package app.quad.networking;

import app.quad.platform.Delivery;
import app.quad.platform.NotificationKind;

/** How a person gets one kind of notice: their own choice, or the kind's default until they make one. */
public record NotificationSetting(NotificationKind kind, Delivery delivery) {
}
