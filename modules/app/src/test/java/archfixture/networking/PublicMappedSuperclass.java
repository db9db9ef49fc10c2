package archfixture.networking;

import jakarta.persistence.MappedSuperclass;

/** A mapped superclass in the public API instead of internal. */
@MappedSuperclass
public class PublicMappedSuperclass {
}
