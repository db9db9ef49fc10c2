package app.quad.networking.internal;

import app.quad.platform.Rejection;

/** The answer to someone who asks a snoozing member for something new. */
final class Snoozes {

    private Snoozes() {
    }

    /** @param what "new connection requests", "new message requests" */
    static Rejection refusal(String name, Member snoozing, String what) {
        String note = snoozing.getSnoozeNote();
        return new Rejection("person", name + " is taking a break from " + what + " until "
                + Dates.day(snoozing.getSnoozedUntil()) + "." + (note == null ? "" : " Their note: \u201c" + note + "\u201d"));
    }
}
