package app.quad.identity.internal;

import app.quad.platform.RichText;
import app.quad.identity.AccountRegistered;
import app.quad.identity.AccountStatus;
import app.quad.identity.CampusDomains;
import app.quad.identity.EmployerSignUpRequest;
import app.quad.identity.OrganisationPage;
import app.quad.identity.OrganisationRegistered;
import app.quad.identity.OrganisationRejected;
import app.quad.identity.OrganisationStatus;
import app.quad.identity.OrganisationSummary;
import app.quad.identity.OrganisationVerified;
import app.quad.identity.Organisations;
import app.quad.identity.Role;
import app.quad.platform.Mailer;
import app.quad.platform.Rejection;
import app.quad.platform.ResultPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
class JpaOrganisations implements Organisations {

    static final int MAX_NAME_LENGTH = 150;

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    PasswordHasher passwords;

    @Inject
    PasswordPolicy policy;

    @Inject
    CampusDomains campusDomains;

    @Inject
    app.quad.identity.Uploads uploads;

    @Inject
    AddressConfirmation confirmation;

    @Inject
    IdentityMails mails;

    @Inject
    Mailer mailer;

    @Inject
    Event<AccountRegistered> accountRegistered;

    @Inject
    Event<OrganisationRegistered> organisationRegistered;

    @Inject
    Event<OrganisationVerified> verified;

    @Inject
    Event<OrganisationRejected> rejected;

    @Override
    @Transactional
    public long signUpEmployer(EmployerSignUpRequest request) {
        String email = request.email() == null ? "" : EmailAddresses.normalise(request.email());
        String name = request.displayName() == null ? "" : request.displayName().strip();
        String organisationName = request.organisationName() == null ? "" : request.organisationName().strip();
        if (organisationName.isEmpty()) {
            throw new Rejection("organisationName", "Enter the name of your organisation.");
        }
        if (organisationName.codePointCount(0, organisationName.length()) > MAX_NAME_LENGTH) {
            throw new Rejection("organisationName", "Use at most " + MAX_NAME_LENGTH + " characters.");
        }
        String website = Websites.normalise(request.website()).orElseThrow(() ->
                new Rejection("website", "Enter your organisation's website, such as https://www.example.com."));
        JpaRegistration.checkPerson(email, name);
        if (campusDomains.admits(email)) {
            throw new Rejection("email", "Use your address at your organisation, not a campus address.");
        }
        policy.problem(request.password(), email, name).ifPresent(problem -> {
            throw new Rejection("password", problem);
        });
        if (AccountQueries.byEmail(em, email).isPresent()) {
            throw JpaRegistration.emailTaken();
        }
        Instant now = Instant.now();
        Placement placement = organisationFor(EmailAddresses.domainOf(email), organisationName, website, now);
        Organisation organisation = placement.organisation();
        Account account = new Account(email, name, passwords.hash(request.password()), Set.of(Role.EMPLOYER),
                AccountStatus.UNVERIFIED, now);
        account.joinOrganisation(organisation.getId());
        em.persist(account);
        em.flush();
        accountRegistered.fire(new AccountRegistered(account.getId()));
        if (placement.created()) {
            organisationRegistered.fire(new OrganisationRegistered(organisation.getId(), account.getId()));
        }
        confirmation.send(account, now);
        return account.getId();
    }

    private record Placement(Organisation organisation, boolean created) {
    }

    /** The organisation at the person's e-mail domain: the one already there, or a new one. */
    private Placement organisationFor(String domain, String name, String website, Instant now) {
        Optional<Organisation> atDomain = em.createNamedQuery("Organisation.byDomain", Organisation.class)
                .setParameter("domain", domain).getResultStream().findFirst();
        if (atDomain.isPresent()) {
            if (atDomain.get().getStatus() == OrganisationStatus.REJECTED) {
                throw new Rejection("email", "The career center has not approved the organisation at "
                        + domain + ". Please contact the career center.");
            }
            // Colleagues join the organisation their address belongs to, whatever name they typed.
            return new Placement(atDomain.get(), false);
        }
        boolean nameTaken = !em.createNamedQuery("Organisation.byName", Organisation.class)
                .setParameter("name", name).getResultList().isEmpty();
        if (nameTaken) {
            throw new Rejection("organisationName", "An organisation of this name is already on Quad. If you"
                    + " work there, sign up with your address at its e-mail domain.");
        }
        Organisation organisation = new Organisation(name, website, domain, now);
        em.persist(organisation);
        em.flush();
        return new Placement(organisation, true);
    }

    @Override
    public Optional<OrganisationSummary> find(long organisationId) {
        return Optional.ofNullable(em.find(Organisation.class, organisationId)).map(Organisation::summary);
    }

    @Override
    public Optional<OrganisationSummary> ofAccount(long accountId) {
        return Optional.ofNullable(em.find(Account.class, accountId))
                .map(Account::getOrganisationId)
                .flatMap(this::find);
    }

    @Override
    public Optional<OrganisationPage> page(long organisationId, Long viewerId) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null) {
            return Optional.empty();
        }
        boolean visible = organisation.getStatus() == OrganisationStatus.VERIFIED
                || (viewerId != null && (Actors.isStaff(em, viewerId) || belongsTo(viewerId, organisationId)));
        return visible ? Optional.of(organisation.page()) : Optional.empty();
    }

    @Override
    @Transactional
    public void updateAbout(long actorId, long organisationId, String aboutHtml) {
        if (!belongsTo(actorId, organisationId) && !Actors.isStaff(em, actorId)) {
            throw new SecurityException("account " + actorId + " may not describe organisation " + organisationId);
        }
        String about = RichText.sanitise(aboutHtml);
        if (RichText.visibleText(about).length() > 5000 || about.length() > 15000) {
            throw new Rejection("about", "Keep this to about 5,000 characters.");
        }
        find(organisationId, "organisation").describe(RichText.visibleText(about).isEmpty() ? null : about);
    }

    @Override
    @Transactional
    public void attachLogo(long actorId, long organisationId, String fileName, java.io.InputStream content) {
        if (!belongsTo(actorId, organisationId) && !Actors.isStaff(em, actorId)) {
            throw new SecurityException("account " + actorId + " may not change organisation " + organisationId);
        }
        Organisation organisation = find(organisationId, "organisation");
        long uploadId = uploads.store(actorId, app.quad.identity.UploadKind.LOGO, fileName, content);
        Long old = organisation.logo(uploadId);
        if (old != null) {
            uploads.delete(old);
        }
    }

    private boolean belongsTo(long accountId, long organisationId) {
        Account account = em.find(Account.class, accountId);
        return account != null && account.getStatus() == AccountStatus.ACTIVE
                && Long.valueOf(organisationId).equals(account.getOrganisationId());
    }

    @Override
    public List<OrganisationSummary> similarNames(long organisationId) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null) {
            return List.of();
        }
        String first = organisation.getName().strip().split("[\\s,.]+")[0];
        if (first.length() < 3) {
            return List.of();
        }
        // A prefix search, so the unique index on the name serves it.
        return em.createQuery("SELECT o FROM Organisation o WHERE o.name LIKE :prefix ESCAPE '!' AND o.id <> :id ORDER BY o.id",
                        Organisation.class)
                .setParameter("prefix", JpaAccountAdministration.escapeLike(first) + "%").setParameter("id", organisationId).setMaxResults(10)
                .getResultStream().map(Organisation::summary).toList();
    }

    @Override
    public ResultPage<OrganisationSummary> pending(int first, int pageSize) {
        return new ResultPage<>(em.createNamedQuery("Organisation.withStatus", Organisation.class)
                .setParameter("status", OrganisationStatus.PENDING)
                .setFirstResult(first).setMaxResults(pageSize)
                .getResultStream().map(Organisation::summary).toList(),
                em.createNamedQuery("Organisation.countWithStatus", Long.class)
                        .setParameter("status", OrganisationStatus.PENDING).getSingleResult());
    }

    @Override
    @Transactional
    public long addVerified(long actorId, String name, String website, String emailDomain) {
        Actors.requireStaff(em, actorId);
        String organisationName = name == null ? "" : name.strip();
        if (organisationName.isEmpty() || organisationName.length() > MAX_NAME_LENGTH) {
            throw new Rejection("name", "Enter the organisation's name, at most " + MAX_NAME_LENGTH + " characters.");
        }
        String site = Websites.normalise(website).orElseThrow(() ->
                new Rejection("website", "Enter the organisation's website, such as https://www.example.com."));
        String domain = emailDomain == null ? "" : emailDomain.strip().toLowerCase(Locale.ROOT);
        if (!EmailAddresses.isDomain(domain)) {
            throw new Rejection("domain", "Enter the organisation's e-mail domain, such as example.com.");
        }
        if (!em.createNamedQuery("Organisation.byDomain", Organisation.class).setParameter("domain", domain).getResultList().isEmpty()) {
            throw new Rejection("domain", "An organisation with this e-mail domain is already on Quad.");
        }
        if (!em.createNamedQuery("Organisation.byName", Organisation.class).setParameter("name", organisationName).getResultList().isEmpty()) {
            throw new Rejection("name", "An organisation of this name is already on Quad.");
        }
        Instant now = Instant.now();
        Organisation organisation = new Organisation(organisationName, site, domain, now);
        organisation.decide(OrganisationStatus.VERIFIED, actorId, null, now);
        em.persist(organisation);
        em.flush();
        audit(actorId, AuditEntry.Action.ORGANISATION_VERIFIED, organisation, "added as verified");
        verified.fire(new OrganisationVerified(organisation.getId()));
        return organisation.getId();
    }

    @Override
    @Transactional
    public void verify(long actorId, long organisationId) {
        Actors.requireStaff(em, actorId);
        Organisation organisation = find(organisationId, "organisation");
        if (organisation.decide(OrganisationStatus.VERIFIED, actorId, null, Instant.now())) {
            audit(actorId, AuditEntry.Action.ORGANISATION_VERIFIED, organisation, "verified");
            peopleOf(organisation).forEach(person ->
                    mailer.send(mails.organisationVerified(person.getEmail(), person.getDisplayName(), organisation.getName())));
            verified.fire(new OrganisationVerified(organisationId));
        }
    }

    @Override
    @Transactional
    public void reject(long actorId, long organisationId, String reason) {
        Actors.requireStaff(em, actorId);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new Rejection("reason", "Say why; the reason is mailed to the organisation's people.");
        }
        if (why.length() > JpaAccountAdministration.MAX_REASON_LENGTH) {
            throw new Rejection("reason", "Use at most " + JpaAccountAdministration.MAX_REASON_LENGTH + " characters.");
        }
        turnDown(actorId, organisationId, why);
    }

    /** Turns the organisation down and tells its people why; the actor's right to is checked by the caller. */
    void turnDown(long actorId, long organisationId, String why) {
        turnDown(actorId, organisationId, why, false);
    }

    /** Moderation's REMOVE: turned down as by staff, keeping the status it had in case an appeal is granted. */
    void removeByModeration(long moderatorId, long organisationId, String why) {
        turnDown(moderatorId, organisationId, why, true);
    }

    private void turnDown(long actorId, long organisationId, String why, boolean byModeration) {
        Organisation organisation = find(organisationId, "organisation");
        Instant now = Instant.now();
        if (byModeration ? organisation.removeByModeration(actorId, why, now)
                : organisation.decide(OrganisationStatus.REJECTED, actorId, why, now)) {
            audit(actorId, AuditEntry.Action.ORGANISATION_REJECTED, organisation, why);
            peopleOf(organisation).forEach(person ->
                    mailer.send(mails.organisationRejected(person.getEmail(), person.getDisplayName(), organisation.getName(), why)));
            rejected.fire(new OrganisationRejected(organisationId));
        }
    }

    /**
     * Moderation's RESTORE after its REMOVE (an author's appeal was granted): the organisation gets back
     * the status the removal took, VERIFIED as a rule, and its people are told. Nothing happens when staff
     * turned it down themselves or decided about it since. What the rejection set off elsewhere (such as
     * postings closed) stays as it is; a verified organisation's people simply post again.
     */
    void undoRemoval(long moderatorId, long organisationId, long caseId, String why) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        OrganisationStatus back = organisation == null ? null : organisation.statusBeforeRemoval();
        if (back == null) {
            return;
        }
        organisation.decide(back, moderatorId, null, Instant.now());
        String detail = "moderation's removal undone (case " + caseId + "): " + why;
        if (back == OrganisationStatus.VERIFIED) {
            audit(moderatorId, AuditEntry.Action.ORGANISATION_VERIFIED, organisation, "verified again, " + detail);
            peopleOf(organisation).forEach(person ->
                    mailer.send(mails.organisationRestored(person.getEmail(), person.getDisplayName(), organisation.getName())));
            verified.fire(new OrganisationVerified(organisationId));
        } else {
            audit(moderatorId, AuditEntry.Action.ORGANISATION_RESTORED, organisation, "back to " + back + ", " + detail);
        }
    }

    private List<Account> peopleOf(Organisation organisation) {
        return em.createQuery("SELECT a FROM Account a WHERE a.organisationId = :organisation", Account.class)
                .setParameter("organisation", organisation.getId())
                .getResultList();
    }

    private Organisation find(long organisationId, String field) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null) {
            throw new Rejection(field, "There is no such organisation.");
        }
        return organisation;
    }

    private void audit(long actorId, AuditEntry.Action action, Organisation organisation, String detail) {
        em.persist(new AuditEntry(actorId, null, action, "organisation " + organisation.getId() + ": " + detail, Instant.now()));
    }
}
