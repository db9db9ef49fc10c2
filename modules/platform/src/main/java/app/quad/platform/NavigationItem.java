package app.quad.platform;

/**
 * A link in the shared layout's main navigation. Modules contribute them through
 * {@link NavigationContributor}; {@code order} sorts them, lowest first. An entry is shown only
 * to its audience, which should match who may open the page.
 *
 * @param path a view path relative to the application, e.g. {@code /jobs/postings/list.xhtml}
 */
public record NavigationItem(String label, String path, int order, Audience audience) {

    public NavigationItem(String label, String path, int order) {
        this(label, path, order, Audience.EVERYONE);
    }
}
