package archfixture.networking.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An entity without @Table, so its table would be named after the class, without a prefix. */
@Entity
public class DefaultTableEntity {

    @Id
    private Long id;
}
