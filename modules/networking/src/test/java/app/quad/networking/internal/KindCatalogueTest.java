package app.quad.networking.internal;

import app.quad.platform.Delivery;
import app.quad.platform.NotificationKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class KindCatalogueTest {

    @Test
    void kindsAreSortedByKeySoEachAreaStaysTogether() {
        List<NotificationKind> declared = new NetworkingKinds().kinds();
        assertEquals(List.of("connection.accepted", "connection.requested", "feed.post", "message.received"),
                List.copyOf(KindCatalogue.index(declared).keySet()));
    }

    @Test
    void aKeyDeclaredTwiceIsAMistake() {
        NotificationKind one = new NotificationKind("job.posted", "A job is posted", Delivery.WEEKLY_DIGEST);
        NotificationKind two = new NotificationKind("job.posted", "A job appears", Delivery.EMAIL);
        assertThrows(IllegalStateException.class, () -> KindCatalogue.index(List.of(one, two)));
    }

    @Test
    void networkingsDefaultsLeanToDigestsAndTheFeedIsNotMailedUnlessChosen() {
        for (NotificationKind kind : new NetworkingKinds().kinds()) {
            if (kind.key().equals("feed.post")) {
                assertEquals(Delivery.OFF, kind.defaultDelivery());
            } else {
                assertEquals(true, kind.defaultDelivery().digest(), kind.key());
            }
        }
    }
}
