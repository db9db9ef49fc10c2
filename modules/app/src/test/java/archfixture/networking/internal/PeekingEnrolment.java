package archfixture.networking.internal;

import archfixture.identity.internal.HiddenAccount;
import archfixture.identity.web.LoginBean;

/** Uses identity's internal and web classes instead of its public API. */
public class PeekingEnrolment {

    HiddenAccount account;
    LoginBean login;
}
