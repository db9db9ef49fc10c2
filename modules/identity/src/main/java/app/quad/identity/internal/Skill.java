package app.quad.identity.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A name in the shared skill vocabulary, written as the first person to use it wrote it. */
@Entity
@Table(name = "identity_skill")
@NamedQuery(name = "Skill.byName", query = "SELECT s FROM Skill s WHERE s.name = :name")
@NamedQuery(name = "Skill.startingWith", query = "SELECT s.name FROM Skill s WHERE s.name LIKE :prefix ESCAPE '!' ORDER BY s.name")
public class Skill {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    protected Skill() {
    }

    Skill(String name) {
        this.name = name;
    }

    String getName() {
        return name;
    }
}
