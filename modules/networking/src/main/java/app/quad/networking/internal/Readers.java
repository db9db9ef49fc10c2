package app.quad.networking.internal;

import app.quad.identity.AccountStatus;
import app.quad.identity.Accounts;
import app.quad.identity.OrganisationStatus;
import app.quad.identity.OrganisationSummary;
import app.quad.identity.Organisations;
import app.quad.identity.Profiles;
import app.quad.identity.Role;
import app.quad.platform.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;

/**
 * Who a member is as a reader of other people's things: campus posts are for campus members, and
 * an employer's people see only those whose profile identity lets them see, so a student out of
 * the directory is invisible to employers in every list, connected or not.
 */
@ApplicationScoped
class Readers {

    private static final Set<Role> CAMPUS = Set.of(Role.STUDENT, Role.ALUMNI, Role.STAFF, Role.MODERATOR, Role.ADMIN);

    @Inject
    Accounts accounts;

    @Inject
    Profiles profiles;

    @Inject
    Organisations organisations;

    boolean campusMember(long accountId) {
        return accounts.find(accountId).filter(account -> account.status() == AccountStatus.ACTIVE)
                .map(account -> account.roles().stream().anyMatch(CAMPUS::contains)).orElse(false);
    }

    /** A person of an employer organisation (and nothing on campus). */
    boolean employerOnly(long accountId) {
        return accounts.find(accountId).map(account -> account.holds(Role.EMPLOYER)
                && account.roles().stream().noneMatch(CAMPUS::contains)).orElse(false);
    }

    /** For employers' people: whether they may see the person at all; everyone else sees active people. */
    boolean mayName(long personId, long viewerId, boolean viewerIsEmployer) {
        return viewerIsEmployer ? profiles.visibleTo(personId, viewerId)
                : accounts.find(personId).map(account -> account.status() == AccountStatus.ACTIVE).orElse(false);
    }

    /**
     * People of an organisation the career center has not verified may not reach out to students
     * or post: verification is what tells a real recruiter from a scam.
     *
     * @throws Rejection field {@code person} when the actor is such a person
     */
    void requireVerifiedIfEmployer(long actorId, String what) {
        if (!employerOnly(actorId)) {
            return;
        }
        boolean verified = organisations.ofAccount(actorId).map(OrganisationSummary::status).orElse(null) == OrganisationStatus.VERIFIED;
        if (!verified) {
            throw new Rejection("person", "You can " + what + " once the career center has verified your organisation.");
        }
    }
}
