package app.quad.platform;

/**
 * A link in the shared layout's main navigation. Modules contribute them through
 * {@link NavigationContributor}; {@code order} sorts them, lowest first.
 *
 * @param path a view path relative to the application, e.g. {@code /jobs/postings/list.xhtml}
 */
public record NavigationItem(String label, String path, int order) {
}
