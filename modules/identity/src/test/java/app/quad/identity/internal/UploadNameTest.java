package app.quad.identity.internal;

import app.quad.identity.UploadKind;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UploadNameTest {

    @Test
    void foldersControlCharactersAndInvisibleFormattingAreRemoved() {
        assertEquals("Résumé Ada.pdf", UploadName.clean("C:\\Users\\ada\\Documents\\Résumé Ada.pdf", UploadKind.RESUME));
        assertEquals("cv.pdf", UploadName.clean("../../etc/cv.pdf", UploadKind.RESUME));
        assertEquals("cvfdp.exe", UploadName.clean("cv\u202Efdp.exe", UploadKind.RESUME));
        assertEquals("line break.pdf", UploadName.clean(" line\n break.pdf\r", UploadKind.RESUME));
    }

    @Test
    void aMissingNameBecomesTheKind() {
        assertEquals("resume", UploadName.clean(null, UploadKind.RESUME));
        assertEquals("photo", UploadName.clean(" /\u200B", UploadKind.PHOTO));
    }

    @Test
    void longNamesAreCutAtWholeCharacters() {
        String name = "\uD83D\uDE00".repeat(300);
        String clean = UploadName.clean(name, UploadKind.PHOTO);
        assertEquals(UploadName.MAX, clean.codePointCount(0, clean.length()));
    }
}
