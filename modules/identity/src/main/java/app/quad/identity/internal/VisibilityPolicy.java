package app.quad.identity.internal;

import app.quad.identity.ProfileSection;
import app.quad.identity.Viewer;
import app.quad.identity.Visibility;

import java.util.Map;

/**
 * The one rule deciding what of a profile a viewer sees. Every way a profile is read (its page,
 * search, previews, other modules) goes through here.
 */
final class VisibilityPolicy {

    private VisibilityPolicy() {
    }

    /** Whether the visibility admits the viewer, on its own. */
    static boolean admits(Visibility visibility, Viewer viewer) {
        if (viewer.owner()) {
            return true;
        }
        return switch (visibility) {
            case PUBLIC -> true;
            case CAMPUS -> viewer.campusMember() || viewer.connection();
            case CONNECTIONS -> viewer.connection();
            case EMPLOYERS -> viewer.verifiedEmployer();
            case ONLY_ME -> false;
        };
    }

    /** Whether the viewer may open the profile at all. */
    static boolean showsProfile(Map<ProfileSection, Visibility> settings, boolean directoryOptOut, Viewer viewer) {
        if (viewer.owner()) {
            return true;
        }
        // A student who opted out of the directory is invisible to employers, connection or not.
        if (directoryOptOut && viewer.employer()) {
            return false;
        }
        return admits(visibilityOf(settings, ProfileSection.PROFILE), viewer);
    }

    /** Whether the viewer sees the section: the profile and the section must both admit them. */
    static boolean shows(Map<ProfileSection, Visibility> settings, boolean directoryOptOut, ProfileSection section,
                         Viewer viewer) {
        return showsProfile(settings, directoryOptOut, viewer) && admits(visibilityOf(settings, section), viewer);
    }

    static Visibility visibilityOf(Map<ProfileSection, Visibility> settings, ProfileSection section) {
        return settings.getOrDefault(section, section.defaultVisibility());
    }
}
