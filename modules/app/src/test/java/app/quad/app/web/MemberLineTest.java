package app.quad.app.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MemberLineTest {

    @Test
    void anEmptyCampusInvitesTheFirstMembers() {
        assertEquals("Be among the first on Quad.", MemberLine.of(0, 0));
    }

    @Test
    void countsUseSingularAndPlural() {
        assertEquals("1 student or graduate and 2 people from hiring organisations are already here.", MemberLine.of(1, 2));
        assertEquals("3 students and graduates and 1 person from a hiring organisation are already here.", MemberLine.of(3, 1));
    }

    @Test
    void largeCountsAreGrouped() {
        assertEquals("30,000 students and graduates and 0 people from hiring organisations are already here.",
                MemberLine.of(30_000, 0));
    }
}
