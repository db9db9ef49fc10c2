package app.quad.identity;

/**
 * How a viewer stands to a profile's owner, which is all the visibility policy needs to know.
 *
 * @param owner            the viewer is the owner
 * @param campusMember     signed in as a student, graduate or career center staff
 * @param connection       an accepted connection of the owner
 * @param employer         signed in as a person of an employer organisation (verified or not)
 * @param verifiedEmployer signed in as a person of a verified employer organisation
 */
public record Viewer(boolean owner, boolean campusMember, boolean connection, boolean employer, boolean verifiedEmployer) {

    public static final Viewer OWNER = new Viewer(true, true, false, false, false);
    public static final Viewer ANONYMOUS = new Viewer(false, false, false, false, false);

    /** The viewers an owner can preview their profile as ("view as"). */
    public enum Perspective {
        ANONYMOUS("a visitor who is not signed in", Viewer.ANONYMOUS),
        CAMPUS("a student or graduate on campus", new Viewer(false, true, false, false, false)),
        CONNECTION("one of your connections", new Viewer(false, true, true, false, false)),
        EMPLOYER("a verified employer", new Viewer(false, false, false, true, true));

        private final String description;
        private final Viewer viewer;

        Perspective(String description, Viewer viewer) {
            this.description = description;
            this.viewer = viewer;
        }

        public String description() {
            return description;
        }

        public Viewer viewer() {
            return viewer;
        }
    }
}
