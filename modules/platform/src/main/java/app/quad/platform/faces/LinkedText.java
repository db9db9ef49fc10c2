package app.quad.platform.faces;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message's, post's or comment's plain text as HTML that is safe to put in a page: every character is escaped, and
 * the only markup added is a link for each http or https address. The link's visible text is the
 * address's real host, in ASCII (punycode for international names, so a look-alike such as
 * "pаypal.com" with a Cyrillic "а" shows as "xn--pypal-4ve.com"), followed by "/…" when there is
 * more. What the sender wrote around it cannot pass for the host, and a user name before "@"
 * ("https://bank.example@evil.example") is dropped, so the host shown is the host visited.
 */
public final class LinkedText {

    /** An address runs to the next blank or character that cannot be part of one in running text. */
    private static final Pattern URL = Pattern.compile("(?i)\\bhttps?://[^\\s<>\"'`]+");

    /** Punctuation that ends a sentence rather than the address. */
    private static final String TRAILING = ".,;:!?)]}*";

    private static final Pattern AUTHORITY = Pattern.compile("(?i)(https?)://([^/?#]*)(.*)");

    private static final Pattern HOST = Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*");

    private static final Pattern PORT = Pattern.compile("\\d{1,5}");

    private LinkedText() {
    }

    public static String html(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder(text.length() + 64);
        Matcher found = URL.matcher(text);
        int done = 0;
        while (found.find()) {
            String candidate = found.group();
            int end = candidate.length();
            while (end > 0 && TRAILING.indexOf(candidate.charAt(end - 1)) >= 0) {
                end--;
            }
            candidate = candidate.substring(0, end);
            String link = link(candidate);
            if (link == null) {
                continue;
            }
            escape(text.substring(done, found.start()), html);
            html.append(link);
            done = found.start() + candidate.length();
        }
        escape(text.substring(done), html);
        return html.toString();
    }

    /** The anchor for an address, or null when it is not one Quad links to. */
    private static String link(String address) {
        Matcher parts = AUTHORITY.matcher(address);
        if (!parts.matches()) {
            return null;
        }
        String scheme = parts.group(1).toLowerCase(Locale.ROOT);
        String authority = parts.group(2);
        String rest = parts.group(3);
        int at = authority.lastIndexOf('@');
        String hostAndPort = at >= 0 ? authority.substring(at + 1) : authority;
        String port = "";
        int colon = hostAndPort.lastIndexOf(':');
        if (colon >= 0) {
            port = hostAndPort.substring(colon + 1);
            hostAndPort = hostAndPort.substring(0, colon);
            if (!PORT.matcher(port).matches()) {
                return null;
            }
        }
        String host = asciiHost(hostAndPort);
        if (host == null) {
            return null;
        }
        String href = scheme + "://" + host + (port.isEmpty() ? "" : ":" + port) + encoded(rest);
        boolean more = !rest.isEmpty() && !rest.equals("/");
        StringBuilder anchor = new StringBuilder();
        anchor.append("<a href=\"");
        escape(href, anchor);
        anchor.append("\" rel=\"nofollow noopener noreferrer\">");
        escape(host + (more ? "/…" : ""), anchor);
        anchor.append("</a>");
        return anchor.toString();
    }

    /** The host as DNS knows it, lower case and in ASCII, or null for anything else. */
    private static String asciiHost(String host) {
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (name.isEmpty()) {
            return null;
        }
        String ascii;
        try {
            ascii = IDN.toASCII(name, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return HOST.matcher(ascii).matches() && ascii.contains(".") ? ascii : null;
    }

    /** The path, query and fragment with anything outside printable ASCII percent-encoded. */
    private static String encoded(String rest) {
        StringBuilder out = new StringBuilder(rest.length());
        for (byte b : rest.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > 0x20 && c < 0x7f && "\\^{}|".indexOf(c) < 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static void escape(String text, StringBuilder html) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }
}
