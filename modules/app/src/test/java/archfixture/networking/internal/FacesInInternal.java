package archfixture.networking.internal;

import jakarta.faces.context.FacesContext;

/** Implementation code that depends on JSF. */
public class FacesInInternal {

    FacesContext context;
}
