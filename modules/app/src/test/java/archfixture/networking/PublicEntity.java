package archfixture.networking;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entity in the public API instead of internal (its table name is fine). */
@Entity
@Table(name = "networking_public")
public class PublicEntity {

    @Id
    private Long id;
}
