package archfixture.identity;

import archfixture.networking.NetworkingApi;

/** One half of a module cycle: identity uses networking's public API. */
public interface IdentityApi {

    NetworkingApi networking();
}
