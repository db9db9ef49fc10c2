package app.quad.networking.internal;

import app.quad.platform.JsonRows;
import app.quad.platform.PersonalData;
import app.quad.platform.PersonalDataArchive;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

/** Networking's part of "Your data": the member record. */
@ApplicationScoped
class MemberPersonalData implements PersonalData {

    @PersistenceContext(unitName = "networking")
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/quad")
    DataSource dataSource;

    @Override
    public String module() {
        return "networking";
    }

    @Override
    public void export(Subject subject, PersonalDataArchive archive) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            JsonArray member = JsonRows.query(connection,
                    "SELECT account_id, accepts_requests, created_at FROM networking_member WHERE account_id = ?",
                    subject.accountId());
            archive.json("member.json", "Your networking settings: whether others may send you connection requests.",
                    member.isEmpty() ? member : member.getJsonObject(0));
        } catch (SQLException e) {
            throw new IOException("could not read the member record", e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(Subject subject) {
        Member member = em.find(Member.class, subject.accountId());
        if (member != null) {
            em.remove(member);
        }
    }
}
