package app.quad.identity.internal;

import app.quad.identity.ProfileSection;
import app.quad.identity.Visibility;
import app.quad.platform.JsonRows;
import app.quad.platform.PersonalData;
import app.quad.platform.PersonalDataArchive;
import app.quad.identity.StoredUpload;
import app.quad.identity.UploadVariant;
import app.quad.identity.Uploads;
import jakarta.inject.Inject;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;

/**
 * Identity's part of "Your data": the account, the whole profile (every part, whoever may see
 * it), the disclosure log, campus sign-in links, audit entries and import rows about the person.
 */
@ApplicationScoped
class IdentityPersonalData implements PersonalData {

    /** What an anonymised text says instead of the person's name or address. */
    static final String ERASED = "(erased)";

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/quad")
    DataSource dataSource;

    @Inject
    Uploads uploads;

    @Override
    public String module() {
        return "identity";
    }

    @Override
    public void export(Subject subject, PersonalDataArchive archive) throws IOException {
        long me = subject.accountId();
        try (Connection db = dataSource.getConnection()) {
            JsonArray account = JsonRows.query(db, "SELECT a.id, a.email, a.display_name, a.student_id, a.graduation_year,"
                    + " a.status, a.created_at, a.verified_at, a.organisation_id, o.name AS organisation_name,"
                    + " a.password_hash IS NOT NULL AS has_password"
                    + " FROM identity_account a LEFT JOIN identity_organisation o ON o.id = a.organisation_id WHERE a.id = ?", me);
            JsonObjectBuilder accountJson = Json.createObjectBuilder(account.isEmpty() ? JsonValue.EMPTY_JSON_OBJECT : account.getJsonObject(0));
            accountJson.add("roles", values(JsonRows.query(db, "SELECT role FROM identity_account_role WHERE account_id = ? ORDER BY role", me), "role"));
            accountJson.add("campusSignIns", JsonRows.query(db, "SELECT issuer, subject, linked_at, last_signed_in_at"
                    + " FROM identity_external_login WHERE account_id = ? ORDER BY id", me));
            // Only when each link was made and used: the links themselves are stored as hashes.
            accountJson.add("emailLinks", JsonRows.query(db, "SELECT purpose, created_at, expires_at, used_at"
                    + " FROM identity_token WHERE account_id = ? ORDER BY id", me));
            archive.json("account.json", "Your account: address, name, roles, state, campus sign-in links, and when"
                    + " confirmation, reset and invitation links were sent and used (never your password).", accountJson.build());

            archive.json("profile.json", "Your whole profile, every part whoever may see it, with who may see each part.",
                    profile(db, me));

            JsonObject disclosures = Json.createObjectBuilder()
                    .add("seenByEmployers", JsonRows.query(db, "SELECT d.at, d.what, d.employer_id, e.display_name AS employer_name,"
                            + " o.name AS organisation FROM identity_disclosure d"
                            + " LEFT JOIN identity_account e ON e.id = d.employer_id"
                            + " LEFT JOIN identity_organisation o ON o.id = e.organisation_id"
                            + " WHERE d.student_id = ? ORDER BY d.at DESC, d.id DESC", me))
                    .add("youSaw", JsonRows.query(db, "SELECT at, what, student_id FROM identity_disclosure"
                            + " WHERE employer_id = ? ORDER BY at DESC, id DESC", me))
                    .build();
            archive.json("disclosures.json", "Each time a person of an employer saw your profile or résumé (the FERPA"
                    + " disclosure record), and, if you work for an employer, the students' profiles you saw.", disclosures);

            JsonObject records = Json.createObjectBuilder()
                    .add("auditAboutYou", JsonRows.query(db, "SELECT at, action, detail, actor_id FROM identity_audit"
                            + " WHERE account_id = ? ORDER BY at, id", me))
                    .add("auditByYou", JsonRows.query(db, "SELECT at, action, detail, account_id FROM identity_audit"
                            + " WHERE actor_id = ? ORDER BY at, id", me))
                    .add("importRows", JsonRows.query(db, "SELECT r.job_id, j.file_name, j.queued_at, r.file_row, r.email, r.outcome,"
                            + " r.reason FROM identity_import_row r JOIN identity_import_job j ON j.id = r.job_id"
                            + " WHERE r.account_id = ? OR r.email = ? ORDER BY r.job_id, r.file_row", me, subject.email()))
                    .add("exports", JsonRows.query(db, "SELECT id, status, requested_at, finished_at, expires_at"
                            + " FROM identity_export_job WHERE account_id = ? ORDER BY id", me))
                    .build();
            archive.json("records.json", "What staff and administrators did to your account and what you did as one,"
                    + " the rows of staff imports that named you, and your earlier exports.", records);
            exportFiles(subject, archive);
        } catch (SQLException e) {
            throw new IOException("could not read identity's data of account " + me, e);
        }
    }

    /** The photo as Quad keeps it (display size) and the résumé as uploaded. */
    private void exportFiles(Subject subject, PersonalDataArchive archive) throws IOException {
        for (long id : uploadsOf(subject.accountId())) {
            StoredUpload upload = uploads.find(id).orElseThrow();
            UploadVariant variant = upload.kind().image() ? UploadVariant.DISPLAY : UploadVariant.ORIGINAL;
            String extension = upload.contentType().equals("application/pdf") ? "pdf"
                    : upload.contentType().equals("image/png") ? "png" : "jpg";
            try (InputStream content = uploads.open(id, variant)) {
                archive.file("files/" + id + "-" + upload.kind().name().toLowerCase(java.util.Locale.ROOT) + "." + extension,
                        "Your " + switch (upload.kind()) {
                            case PHOTO -> "photo";
                            case RESUME -> "résumé";
                            case LOGO -> "organisation's logo";
                            case POST_IMAGE -> "image in a post";
                            case GROUP_COVER -> "cover image for a group";
                        } + ", uploaded "
                                + upload.createdAt() + (upload.kind().image() ? " (as Quad redrew it)" : ""), content);
            }
        }
    }

    private List<Long> uploadsOf(long accountId) {
        return em.createQuery("SELECT u.id FROM Upload u WHERE u.ownerId = :owner ORDER BY u.id", Long.class)
                .setParameter("owner", accountId).getResultList();
    }

    private static JsonObject profile(Connection db, long me) throws SQLException {
        JsonArray rows = JsonRows.query(db, "SELECT headline, about_html, location, pronouns, photo_upload_id, resume_upload_id,"
                + " directory_opt_out, hidden, updated_at FROM identity_profile WHERE account_id = ?", me);
        Map<ProfileSection, Visibility> stored = new EnumMap<>(ProfileSection.class);
        for (JsonValue row : JsonRows.query(db, "SELECT section, visibility FROM identity_profile_visibility WHERE account_id = ?", me)) {
            try {
                stored.put(ProfileSection.valueOf(row.asJsonObject().getString("section")),
                        Visibility.valueOf(row.asJsonObject().getString("visibility")));
            } catch (IllegalArgumentException ignored) {
                // A section or setting this version does not know: the raw rows are not worth more.
            }
        }
        JsonObjectBuilder visibility = Json.createObjectBuilder();
        for (ProfileSection section : ProfileSection.values()) {
            visibility.add(section.name(), VisibilityPolicy.visibilityOf(stored, section).name());
        }
        JsonObjectBuilder profile = Json.createObjectBuilder(rows.isEmpty() ? JsonValue.EMPTY_JSON_OBJECT : rows.getJsonObject(0));
        return profile
                .add("visibility", visibility)
                .add("education", JsonRows.query(db, "SELECT school, degree, major, start_year, end_year,"
                        + " attested_at IS NOT NULL AS attested_by_career_center, attested_at"
                        + " FROM identity_education WHERE account_id = ? ORDER BY position, id", me))
                .add("experience", JsonRows.query(db, "SELECT title, organisation, start_year, end_year, description"
                        + " FROM identity_experience WHERE account_id = ? ORDER BY position, id", me))
                .add("projects", JsonRows.query(db, "SELECT title, url, description FROM identity_project"
                        + " WHERE account_id = ? ORDER BY position, id", me))
                .add("skills", values(JsonRows.query(db, "SELECT s.name FROM identity_profile_skill p JOIN identity_skill s"
                        + " ON s.id = p.skill_id WHERE p.account_id = ? ORDER BY s.name", me), "name"))
                .build();
    }

    private static JsonArrayBuilder values(JsonArray rows, String column) {
        JsonArrayBuilder values = Json.createArrayBuilder();
        rows.forEach(row -> values.add(row.asJsonObject().get(column)));
        return values;
    }

    /**
     * Deletes the account, which takes its roles, links, campus sign-ins, profile and exports with
     * it (foreign keys with ON DELETE CASCADE), and deletes or anonymises every other row about
     * the person. Runs last in the erasing transaction.
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(Subject subject) {
        long me = subject.accountId();
        String email = subject.email();
        String name = subject.displayName();
        em.flush();
        update("DELETE FROM identity_disclosure WHERE student_id = ? OR employer_id = ?", me, me);
        update("DELETE FROM identity_throttle WHERE subject_hash = ?", Tokens.hash(EmailAddresses.normalise(email)));
        // Audit entries keep what was done, not to or by whom, and lose any text naming the person.
        update("UPDATE identity_audit SET detail = ? WHERE LOCATE(?, detail) > 0"
                + " OR ((account_id = ? OR actor_id = ?) AND LOCATE(?, detail) > 0)", ERASED, email, me, me, name);
        update("UPDATE identity_audit SET account_id = NULL WHERE account_id = ?", me);
        update("UPDATE identity_audit SET actor_id = NULL WHERE actor_id = ?", me);
        // Staff imports keep their counts; the rows about the person lose the address and the link.
        update("UPDATE identity_import_row SET email = ?, account_id = NULL,"
                + " reason = CASE WHEN LOCATE(?, reason) > 0 OR LOCATE(?, reason) > 0 THEN ? ELSE reason END"
                + " WHERE account_id = ? OR email = ?", ERASED, email, name, ERASED, me, email);
        update("UPDATE identity_import_job SET staff_account_id = NULL WHERE staff_account_id = ?", me);
        update("UPDATE identity_organisation SET decided_by = NULL WHERE decided_by = ?", me);
        // Others' education entries stay attested; who attested them is forgotten.
        update("UPDATE identity_education SET attested_by = NULL WHERE attested_by = ?", me);
        // Upload rows go now; their files are deleted once the erasure has committed.
        update("UPDATE identity_organisation SET logo_upload_id = NULL WHERE logo_upload_id IN"
                + " (SELECT id FROM identity_upload WHERE owner_id = ?)", me);
        uploadsOf(me).forEach(uploads::delete);
        em.flush();
        update("DELETE FROM identity_account WHERE id = ?", me);
        em.clear();
    }

    private void update(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
    }
}
