package app.quad.platform;

/**
 * A piece of one module's page that another module fills, such as networking's "Connect" button
 * on identity's profile page. The page names a slot; each module contributes Facelets fragments to
 * it through {@link PageFragmentContributor}, so the page does not depend on the module that fills it.
 *
 * @param slot  the place on the page, e.g. {@code profile.actions}
 * @param path  the fragment's Facelets path, e.g. {@code /WEB-INF/networking/profile-actions.xhtml}
 * @param order lowest first
 */
public record PageFragment(String slot, String path, int order) {

    public PageFragment {
        if (!path.startsWith("/WEB-INF/") || !path.endsWith(".xhtml")) {
            throw new IllegalArgumentException("a fragment lives under /WEB-INF/ and ends in .xhtml: " + path);
        }
    }
}
