package app.quad.platform;

import java.util.List;

/**
 * Implemented by each module (as a bean) that sends notices, to declare their kinds. A notice of a
 * kind no module declares is refused, so every kind appears on the settings page.
 */
public interface NotificationKinds {

    List<NotificationKind> kinds();
}
