package app.quad.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

/** One address (as a hash) and one purpose: the key of {@link ThrottleEntry}. */
@Embeddable
public class ThrottleKey implements Serializable {

    @Column(name = "subject_hash")
    private String subjectHash;

    private String purpose;

    protected ThrottleKey() {
    }

    ThrottleKey(String subjectHash, String purpose) {
        this.subjectHash = subjectHash;
        this.purpose = purpose;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ThrottleKey key && key.subjectHash.equals(subjectHash) && key.purpose.equals(purpose);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subjectHash, purpose);
    }
}
