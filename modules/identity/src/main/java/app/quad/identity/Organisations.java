package app.quad.identity;

import app.quad.platform.Rejection;
import app.quad.platform.ResultPage;

import java.util.Optional;

/** Employer organisations: sign-up of their people, and verification by the career center. */
public interface Organisations {

    /**
     * Opens an unconfirmed {@link Role#EMPLOYER} account and, unless the person's e-mail domain
     * already belongs to an organisation, a {@link OrganisationStatus#PENDING} organisation
     * ({@link OrganisationRegistered}); mails the address confirmation link.
     *
     * @return the new account's id
     * @throws Rejection naming the field for anything the person can fix
     */
    long signUpEmployer(EmployerSignUpRequest request);

    Optional<OrganisationSummary> find(long organisationId);

    /** The organisation the account belongs to, if any. */
    Optional<OrganisationSummary> ofAccount(long accountId);

    /**
     * The organisation's page as the viewer may see it: a verified organisation is public; one
     * still pending or turned down is seen only by its own people and career center staff.
     *
     * @param viewerId the signed-in viewer, or null
     */
    Optional<OrganisationPage> page(long organisationId, Long viewerId);

    /**
     * Its people describe the organisation (sanitised rich text).
     *
     * @throws Rejection (field {@code about}) when too long
     * @throws SecurityException unless the actor is an active person of the organisation or staff
     */
    void updateAbout(long actorId, long organisationId, String aboutHtml);

    /**
     * Puts a new logo (JPEG or PNG, at most 2 MB) on the organisation's page in place of the old one.
     *
     * @throws Rejection (field {@code file}) for a file that is refused; the old logo stays
     * @throws SecurityException unless the actor is an active person of the organisation or staff
     */
    void attachLogo(long actorId, long organisationId, String fileName, java.io.InputStream content);

    /**
     * Other organisations whose name starts with the same first word (names themselves are unique),
     * at most ten, such as "Acme Careers" beside "Acme Corporation": a sign for staff that one may be
     * an impostor.
     */
    java.util.List<OrganisationSummary> similarNames(long organisationId);

    /** Organisations waiting for staff, oldest first. */
    ResultPage<OrganisationSummary> pending(int first, int pageSize);

    /**
     * Adds an organisation the career center already knows, verified from the start; its people
     * are invited or join by signing up with an address at its domain.
     *
     * @return the organisation's id
     * @throws Rejection naming the field ({@code name}, {@code website}, {@code domain}) for bad or taken values
     * @throws SecurityException unless the actor is active staff or an administrator
     */
    long addVerified(long actorId, String name, String website, String emailDomain);

    /** @throws SecurityException unless the actor is active staff or an administrator */
    void verify(long actorId, long organisationId);

    /**
     * @throws Rejection (field {@code reason}) without a reason, which is mailed to the organisation's people
     */
    void reject(long actorId, long organisationId, String reason);
}
