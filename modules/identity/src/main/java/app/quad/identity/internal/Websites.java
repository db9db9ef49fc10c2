package app.quad.identity.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Turns what people type as a website into an https or http address, or nothing if it is not one. */
final class Websites {

    static final int MAX_LENGTH = 255;

    private Websites() {
    }

    static Optional<String> normalise(String typed) {
        if (typed == null || typed.isBlank() || typed.strip().length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String text = typed.strip();
        if (!text.contains("://")) {
            text = "https://" + text;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("https") || scheme.equals("http");
            if (!web || uri.getHost() == null || uri.getUserInfo() != null || !EmailAddresses.isDomain(uri.getHost().toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            return Optional.of(uri.toString());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
