package app.quad.identity.internal;

import app.quad.identity.ProfileSection;
import app.quad.identity.Viewer;
import app.quad.identity.Visibility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The visibility policy as a table: field visibility x how the viewer stands to the owner -> shown. */
class VisibilityPolicyTest {

    /** Viewers by their relation to the owner. */
    enum Relation {
        OWNER(Viewer.OWNER),
        ANONYMOUS(Viewer.ANONYMOUS),
        CAMPUS(new Viewer(false, true, false, false, false)),
        CONNECTION(new Viewer(false, true, true, false, false)),
        VERIFIED_EMPLOYER(new Viewer(false, false, false, true, true)),
        PENDING_EMPLOYER(new Viewer(false, false, false, true, false)),
        CONNECTED_EMPLOYER(new Viewer(false, false, true, true, true)),
        /** A graduate who now hires for a verified employer. */
        ALUMNUS_EMPLOYER(new Viewer(false, true, false, true, true));

        final Viewer viewer;

        Relation(Viewer viewer) {
            this.viewer = viewer;
        }
    }

    @ParameterizedTest(name = "{0} seen by {1}: {2}")
    @CsvSource({
            "PUBLIC,      OWNER,              true",
            "PUBLIC,      ANONYMOUS,          true",
            "PUBLIC,      CAMPUS,             true",
            "PUBLIC,      PENDING_EMPLOYER,   true",
            "CAMPUS,      OWNER,              true",
            "CAMPUS,      ANONYMOUS,          false",
            "CAMPUS,      CAMPUS,             true",
            "CAMPUS,      CONNECTION,         true",
            "CAMPUS,      VERIFIED_EMPLOYER,  false",
            "CAMPUS,      PENDING_EMPLOYER,   false",
            "CAMPUS,      CONNECTED_EMPLOYER, true",
            "CAMPUS,      ALUMNUS_EMPLOYER,   true",
            "CONNECTIONS, OWNER,              true",
            "CONNECTIONS, ANONYMOUS,          false",
            "CONNECTIONS, CAMPUS,             false",
            "CONNECTIONS, CONNECTION,         true",
            "CONNECTIONS, VERIFIED_EMPLOYER,  false",
            "CONNECTIONS, CONNECTED_EMPLOYER, true",
            "EMPLOYERS,   OWNER,              true",
            "EMPLOYERS,   ANONYMOUS,          false",
            "EMPLOYERS,   CAMPUS,             false",
            "EMPLOYERS,   CONNECTION,         false",
            "EMPLOYERS,   VERIFIED_EMPLOYER,  true",
            "EMPLOYERS,   PENDING_EMPLOYER,   false",
            "EMPLOYERS,   ALUMNUS_EMPLOYER,   true",
            "ONLY_ME,     OWNER,              true",
            "ONLY_ME,     ANONYMOUS,          false",
            "ONLY_ME,     CAMPUS,             false",
            "ONLY_ME,     CONNECTION,         false",
            "ONLY_ME,     CONNECTED_EMPLOYER, false",
    })
    void aVisibilityAdmitsExactlyItsViewers(Visibility visibility, Relation relation, boolean shown) {
        assertEquals(shown, VisibilityPolicy.admits(visibility, relation.viewer));
    }

    @ParameterizedTest
    @EnumSource(Relation.class)
    void aPublicFieldOfACampusProfileIsSeenOnlyByThoseWhoSeeTheProfile(Relation relation) {
        Map<ProfileSection, Visibility> settings = new EnumMap<>(ProfileSection.class);
        settings.put(ProfileSection.PROFILE, Visibility.CAMPUS);
        settings.put(ProfileSection.HEADLINE, Visibility.PUBLIC);
        boolean seesProfile = VisibilityPolicy.admits(Visibility.CAMPUS, relation.viewer);
        assertEquals(seesProfile, VisibilityPolicy.shows(settings, false, ProfileSection.HEADLINE, relation.viewer));
    }

    @ParameterizedTest
    @EnumSource(Relation.class)
    void aStudentOutOfTheDirectoryIsInvisibleToEveryEmployer(Relation relation) {
        Map<ProfileSection, Visibility> settings = new EnumMap<>(ProfileSection.class);
        for (ProfileSection section : ProfileSection.values()) {
            settings.put(section, Visibility.PUBLIC);
        }
        boolean expected = relation.viewer.owner() || !relation.viewer.employer();
        assertEquals(expected, VisibilityPolicy.showsProfile(settings, true, relation.viewer));
        assertEquals(expected, VisibilityPolicy.shows(settings, true, ProfileSection.HEADLINE, relation.viewer));
    }

    @ParameterizedTest
    @EnumSource(ProfileSection.class)
    void newProfilesShowNothingBeyondCampusAndKeepContactAndResumePrivate(ProfileSection section) {
        Map<ProfileSection, Visibility> none = Map.of();
        assertFalse(VisibilityPolicy.shows(none, false, section, Relation.ANONYMOUS.viewer));
        assertFalse(VisibilityPolicy.shows(none, false, section, Relation.VERIFIED_EMPLOYER.viewer));
        boolean privateByDefault = section == ProfileSection.CONTACT || section == ProfileSection.RESUME;
        assertEquals(!privateByDefault, VisibilityPolicy.shows(none, false, section, Relation.CAMPUS.viewer));
        assertTrue(VisibilityPolicy.shows(none, false, section, Relation.OWNER.viewer));
    }
}
