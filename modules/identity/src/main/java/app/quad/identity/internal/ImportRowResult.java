package app.quad.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One line of an import's report: what happened to one row of the file. */
@Entity
@Table(name = "identity_import_row")
@IdClass(ImportRowKey.class)
@NamedQuery(name = "ImportRowResult.ofJob",
        query = "SELECT r FROM ImportRowResult r WHERE r.jobId = :job ORDER BY r.fileRow")
public class ImportRowResult {

    static final int MAX_EMAIL = EmailAddresses.MAX_LENGTH;
    static final int MAX_REASON = 500;

    @Id
    @Column(name = "job_id")
    private long jobId;

    @Id
    @Column(name = "file_row")
    private int fileRow;

    private String email;

    @Enumerated(EnumType.STRING)
    private RowOutcome outcome;

    private String reason;

    @Column(name = "account_id")
    private Long accountId;

    protected ImportRowResult() {
    }

    /** @param accountId the account created or updated; null for a rejected row */
    ImportRowResult(long jobId, int fileRow, String email, RowOutcome outcome, String reason, Long accountId) {
        this.jobId = jobId;
        this.fileRow = fileRow;
        this.email = cut(email, MAX_EMAIL);
        this.outcome = outcome;
        this.reason = cut(reason, MAX_REASON);
        this.accountId = accountId;
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    int getFileRow() {
        return fileRow;
    }

    String getEmail() {
        return email;
    }

    RowOutcome getOutcome() {
        return outcome;
    }

    String getReason() {
        return reason;
    }
}
