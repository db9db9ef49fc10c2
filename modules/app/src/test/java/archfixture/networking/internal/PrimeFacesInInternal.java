package archfixture.networking.internal;

import org.primefaces.PrimeFaces;

/** Implementation code that depends on PrimeFaces. */
public class PrimeFacesInInternal {

    PrimeFaces primeFaces;
}
