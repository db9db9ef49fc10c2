package app.quad.jobs.internal.events;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WaitingListTest {

    private static final Instant T = Instant.parse("2027-03-01T12:00:00Z");

    @Test
    void whoeverWaitedLongestIsNextAndTiesGoByRowOrder() {
        List<WaitingList.Waiting> queue = List.of(new WaitingList.Waiting(9, T.plusSeconds(5)), new WaitingList.Waiting(7, T),
                new WaitingList.Waiting(4, T), new WaitingList.Waiting(12, T.plusSeconds(1)));
        assertEquals(4, WaitingList.next(queue).orElseThrow().rsvpId());
        assertEquals(1, WaitingList.position(queue, 4));
        assertEquals(2, WaitingList.position(queue, 7));
        assertEquals(3, WaitingList.position(queue, 12));
        assertEquals(4, WaitingList.position(queue, 9));
        assertEquals(0, WaitingList.position(queue, 99));
    }

    @Test
    void anEmptyQueuePromotesNobody() {
        assertTrue(WaitingList.next(List.of()).isEmpty());
    }
}
