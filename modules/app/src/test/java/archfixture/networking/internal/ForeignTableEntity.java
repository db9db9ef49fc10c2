package archfixture.networking.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A networking entity mapping identity's table. */
@Entity
@Table(name = "identity_account")
public class ForeignTableEntity {

    @Id
    private Long id;
}
