package archfixture.platform;

import archfixture.networking.NetworkingApi;

/** The kernel using a domain module's public API: allowed for modules, not for the kernel. */
public class KernelKnowingNetworking {

    NetworkingApi networking;
}
