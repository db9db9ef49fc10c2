package app.quad.identity.internal;

import app.quad.identity.AccountStatus;
import app.quad.identity.ConnectionDirectory;
import app.quad.identity.OrganisationStatus;
import app.quad.identity.Role;
import app.quad.identity.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.EnumSet;
import java.util.Set;

/** Works out how a viewer stands to a profile's owner. */
@ApplicationScoped
class Viewers {

    private static final Set<Role> CAMPUS_ROLES = EnumSet.of(Role.STUDENT, Role.ALUMNI, Role.STAFF, Role.MODERATOR, Role.ADMIN);

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    Instance<ConnectionDirectory> connections;

    Viewer of(long ownerId, Long viewerId) {
        if (viewerId == null) {
            return Viewer.ANONYMOUS;
        }
        if (viewerId == ownerId) {
            return Viewer.OWNER;
        }
        Account viewer = em.find(Account.class, viewerId);
        if (viewer == null || viewer.getStatus() != AccountStatus.ACTIVE) {
            return Viewer.ANONYMOUS;
        }
        Set<Role> roles = viewer.getRoles();
        boolean campusMember = roles.stream().anyMatch(CAMPUS_ROLES::contains);
        boolean employer = roles.contains(Role.EMPLOYER);
        boolean verifiedEmployer = employer && viewer.getOrganisationId() != null
                && em.find(Organisation.class, viewer.getOrganisationId()).getStatus() == OrganisationStatus.VERIFIED;
        boolean connection = connections.isResolvable() && connections.get().connected(ownerId, viewerId);
        return new Viewer(false, campusMember, connection, employer, verifiedEmployer);
    }

    /** One of the two has blocked the other. */
    boolean blocked(long ownerId, Long viewerId) {
        return viewerId != null && viewerId != ownerId && connections.isResolvable() && connections.get().blocked(ownerId, viewerId);
    }
}
