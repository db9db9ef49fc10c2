package app.quad.networking.internal;

import app.quad.networking.Connections;
import app.quad.platform.Rejection;

/** The rule for a connection request's note: say why, briefly. */
final class Notes {

    private Notes() {
    }

    /** @return the note without surrounding blanks */
    static String checked(String note) {
        String text = note == null ? "" : note.strip();
        int length = text.codePointCount(0, text.length());
        if (length == 0) {
            throw new Rejection("note", "Write a short note saying why you would like to connect.");
        }
        if (length < Connections.MIN_NOTE) {
            throw new Rejection("note", "Say a little more: a note of at least " + Connections.MIN_NOTE
                    + " characters helps them know why you would like to connect.");
        }
        if (length > Connections.MAX_NOTE) {
            throw new Rejection("note", "Keep the note to " + Connections.MAX_NOTE + " characters; it has " + length + ".");
        }
        return text;
    }
}
