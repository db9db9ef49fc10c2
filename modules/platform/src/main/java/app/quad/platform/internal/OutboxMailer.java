package app.quad.platform.internal;

import app.quad.platform.Mail;
import app.quad.platform.Mailer;
import app.quad.platform.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

@ApplicationScoped
class OutboxMailer implements Mailer {

    static final String TOPIC = "mail";

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    Outbox outbox;

    @Override
    public void send(Mail mail) {
        outbox.enqueue(TOPIC, JSON.toJson(mail));
    }

    static Mail read(String payload) {
        return JSON.fromJson(payload, Mail.class);
    }
}
