package app.quad.app.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One visitor talking plain HTTP to Quad, with its own cookies and no automatic redirects, for
 * tests that check status codes rather than what a page looks like. It can fill in a Faces form.
 */
final class WebSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    /** PrimeFaces checks on every post that the form carries the page's CSP nonce. */
    private static final Pattern CSP_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    /** Inputs and the attributes a form post needs, as Faces writes them. */
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");

    private static final Pattern ATTRIBUTE = Pattern.compile("\\b(type|name|value)=\"([^\"]*)\"");

    private final URL base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    WebSession(URL base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /**
     * Opens the page, fills in the form's fields (named without the form id) and presses the button.
     */
    HttpResponse<String> submit(String path, String formId, Map<String, String> fields, String button) {
        HttpResponse<String> page = get(path);
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (page.statusCode() != 200 || !viewState.find()) {
            throw new AssertionError("no form at " + path + ": HTTP " + page.statusCode());
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((name, value) -> form.put(formId + ":" + name, value));
        form.put(formId + ":" + button, "");
        form.put("jakarta.faces.ViewState", viewState.group(1));
        Matcher nonce = CSP_NONCE.matcher(page.body());
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build());
    }

    /**
     * The post a browser makes when the button of a page already fetched is pressed, with the
     * form's hidden fields as the page has them. It can be sent more than once, as a double click
     * or a resent form does.
     */
    HttpRequest formPost(String path, String page, String formId, Map<String, String> fields, String button) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        Matcher input = INPUT.matcher(page);
        while (input.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher attribute = ATTRIBUTE.matcher(input.group());
            while (attribute.find()) {
                attributes.put(attribute.group(1), attribute.group(2).replace("&amp;", "&"));
            }
            String name = attributes.getOrDefault("name", "");
            if ("hidden".equals(attributes.get("type")) && (name.startsWith(formId + ":") || name.equals("jakarta.faces.ViewState"))) {
                form.put(name, attributes.getOrDefault("value", ""));
            }
        }
        fields.forEach((name, value) -> form.put(formId + ":" + name, value));
        form.put(formId + ":" + button, "");
        Matcher nonce = CSP_NONCE.matcher(page);
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        return HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build();
    }

    /** A plain form post, for the test-support servlet. */
    HttpResponse<String> post(String path, Map<String, String> fields) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields)))
                .build());
        if (response.statusCode() != 200) {
            throw new AssertionError(path + ": HTTP " + response.statusCode());
        }
        return response;
    }

    /** A post of raw content, for the test-support servlets; the caller checks the status. */
    HttpResponse<String> postContent(String path, String contentType, String content) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(content, StandardCharsets.UTF_8))
                .build());
    }

    /** A post of binary content, for the test-support servlets; the caller checks the status. */
    HttpResponse<String> postBytes(String path, byte[] content) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content))
                .build());
    }

    /** A GET or HEAD with the given request headers (name, value, name, value…), answered as bytes. */
    HttpResponse<byte[]> fetch(String method, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The value of the cookie Quad set, or null. */
    String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(java.net.HttpCookie::getValue)
                .findFirst().orElse(null);
    }

    /** Signs in through the sign-in page; fails the test unless Quad redirects as after success. */
    void signIn(String email, String password) {
        HttpResponse<String> response = submit("/identity/access/signin.xhtml", "signin",
                Map.of("email", email, "password", password), "submit");
        if (response.statusCode() != 302) {
            throw new AssertionError("sign-in as " + email + " failed: HTTP " + response.statusCode());
        }
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private URI uri(String path) {
        return URI.create(base.toString().replaceAll("/$", "") + path);
    }

    HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new AssertionError(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
