package archfixture.networking;

import archfixture.identity.IdentityApi;

/** The other half of the module cycle: networking uses identity's public API. */
public interface NetworkingApi {

    IdentityApi identity();
}
