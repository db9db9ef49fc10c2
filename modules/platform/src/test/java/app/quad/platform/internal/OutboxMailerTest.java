package app.quad.platform.internal;

import app.quad.platform.Mail;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Mail waits in the outbox as JSON: what comes out must be what went in. */
class OutboxMailerTest {

    @Test
    void aMailWithAnAttachmentSurvivesTheOutbox() throws Exception {
        String ics = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nSUMMARY:Caf\u00e9 \"Bean\"\\, 5\u20ac\r\nEND:VCALENDAR\r\n";
        Mail mail = new Mail("ana@campus.example.edu", "Coffee chat", "See you.\n\u2014 Quad",
                List.of(new Mail.Attachment("invite.ics", "text/calendar; method=REQUEST; charset=UTF-8", ics)));
        String json;
        try (var jsonb = JsonbBuilder.create()) {
            json = jsonb.toJson(mail);
        }
        assertEquals(mail, OutboxMailer.read(json));
    }

    @Test
    void mailQueuedBeforeAttachmentsExistedReadsWithNone() {
        Mail mail = OutboxMailer.read("{\"subject\":\"Reset your Quad password\",\"text\":\"Hello\",\"to\":\"a@b.example\"}");
        assertEquals(new Mail("a@b.example", "Reset your Quad password", "Hello"), mail);
        assertEquals(List.of(), mail.attachments());
    }
}
