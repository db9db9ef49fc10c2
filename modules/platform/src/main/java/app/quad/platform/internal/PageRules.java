package app.quad.platform.internal;

import app.quad.platform.Audience;
import app.quad.platform.PageRule;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the rule for a view: an exact path wins over a folder, and a deeper folder over a
 * shallower one. Two modules declaring the same path is a programming error.
 */
public final class PageRules {

    private final Map<String, Audience> exact = new HashMap<>();
    private final Map<String, Audience> folders = new HashMap<>();

    public PageRules(Collection<PageRule> rules) {
        for (PageRule rule : rules) {
            boolean folder = rule.path().endsWith("/*");
            Map<String, Audience> target = folder ? folders : exact;
            String key = folder ? rule.path().substring(0, rule.path().length() - 1) : rule.path();
            if (target.putIfAbsent(key, rule.audience()) != null) {
                throw new IllegalStateException("two rules for " + rule.path());
            }
        }
    }

    /** The audience of the view, or empty when no rule covers it. */
    public Optional<Audience> audienceOf(String viewPath) {
        Audience audience = exact.get(viewPath);
        if (audience != null) {
            return Optional.of(audience);
        }
        for (int slash = viewPath.lastIndexOf('/'); slash >= 0; slash = viewPath.lastIndexOf('/', slash - 1)) {
            audience = folders.get(viewPath.substring(0, slash + 1));
            if (audience != null) {
                return Optional.of(audience);
            }
            if (slash == 0) {
                break;
            }
        }
        return Optional.empty();
    }
}
