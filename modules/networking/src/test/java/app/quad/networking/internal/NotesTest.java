package app.quad.networking.internal;

import app.quad.platform.Rejection;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotesTest {

    @Test
    void aNoteSaysWhyInTwentyToThreeHundredCharacters() {
        assertEquals("We met at the career fair booth.", Notes.checked("  We met at the career fair booth.\n"));
        assertEquals("x".repeat(300), Notes.checked("x".repeat(300)));
        assertEquals("y".repeat(20), Notes.checked("y".repeat(20)));
    }

    @Test
    void emptyShortAndLongNotesAreRefusedAtTheNoteField() {
        for (String note : new String[]{null, "", "   ", "Hi!", "y".repeat(19), "x".repeat(301)}) {
            Rejection rejection = assertThrows(Rejection.class, () -> Notes.checked(note), String.valueOf(note));
            assertEquals("note", rejection.field());
        }
        assertTrue(assertThrows(Rejection.class, () -> Notes.checked("x".repeat(301))).getMessage().contains("301"));
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        // 20 emoji are 40 UTF-16 units but 20 characters; 300 of them still fit.
        String emoji = "\uD83D\uDE00";
        assertEquals(emoji.repeat(300), Notes.checked(emoji.repeat(300)));
        assertThrows(Rejection.class, () -> Notes.checked(emoji.repeat(19)));
    }
}
