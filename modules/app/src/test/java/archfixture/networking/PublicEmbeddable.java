package archfixture.networking;

import jakarta.persistence.Embeddable;

/** An embeddable in the public API instead of internal. */
@Embeddable
public class PublicEmbeddable {
}
