package app.quad.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "identity_campus_domain")
@NamedQuery(name = "CampusDomain.all", query = "SELECT d.domain FROM CampusDomain d ORDER BY d.domain")
public class CampusDomain {

    @Id
    private String domain;

    @Column(name = "added_at")
    private Instant addedAt;

    protected CampusDomain() {
    }

    CampusDomain(String domain, Instant now) {
        this.domain = domain;
        this.addedAt = now;
    }
}
