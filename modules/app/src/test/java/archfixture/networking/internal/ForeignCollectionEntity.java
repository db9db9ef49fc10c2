package archfixture.networking.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Set;

/** An entity with a well-named table but a collection table without the module prefix. */
@Entity
@Table(name = "networking_circle")
public class ForeignCollectionEntity {

    @Id
    private Long id;

    @ElementCollection
    @CollectionTable(name = "circle_member")
    private Set<Long> members;
}
