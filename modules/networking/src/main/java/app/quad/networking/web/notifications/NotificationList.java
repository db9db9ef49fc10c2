package app.quad.networking.web.notifications;

import app.quad.identity.CurrentUser;
import app.quad.networking.Notification;
import app.quad.networking.NotificationCentre;
import app.quad.networking.internal.NotificationConfig;
import app.quad.platform.ResultPage;
import app.quad.platform.faces.FieldMessages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.IOException;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Backs networking/notifications/list.xhtml: the person's notices, newest first. Each links back
 * here with {@code ?open=<id>}, which marks it read and then goes where it leads, so a plain link
 * (one that opens in a new tab too) is all it takes.
 */
@Named
@ViewScoped
public class NotificationList implements Serializable {

    @Inject
    NotificationCentre centre;

    @Inject
    CurrentUser currentUser;

    @Inject
    NotificationConfig config;

    private Long open;

    private final LazyDataModel<Notification> notifications = new LazyDataModel<>() {

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) centre.list(currentUser.id(), 0, 1).total();
        }

        @Override
        public List<Notification> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            ResultPage<Notification> page = centre.list(currentUser.id(), first, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(Notification notification) {
            return Long.toString(notification.id());
        }
    };

    /** The view action for {@code ?open=<id>}: read, then on to where the notice leads. */
    public void openNotice() throws IOException {
        if (open == null) {
            return;
        }
        Optional<String> link = centre.open(currentUser.id(), open);
        if (link.isEmpty()) {
            FieldMessages.error(null, "That notification is not there any more.");
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + link.get());
        FacesContext.getCurrentInstance().responseComplete();
    }

    public void markAllRead() {
        int marked = centre.markAllRead(currentUser.id());
        FieldMessages.info(marked == 0 ? "There was nothing unread." : marked == 1
                ? "1 notification is marked as read." : marked + " notifications are marked as read.");
    }

    public boolean isAnyUnread() {
        return centre.unreadCount(currentUser.id()) > 0;
    }

    public String when(Notification notification) {
        return DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH).withZone(config.zone())
                .format(notification.createdAt());
    }

    public LazyDataModel<Notification> getNotifications() {
        return notifications;
    }

    public Long getOpen() {
        return open;
    }

    public void setOpen(Long open) {
        this.open = open;
    }
}
