package app.quad.networking.internal;

import app.quad.identity.AccountStatus;
import app.quad.identity.AccountSummary;
import app.quad.identity.Accounts;

/** How networking names people in lists: a suspended or erased person's name is not shown. */
final class Names {

    static final String FORMER = "A former member";

    private Names() {
    }

    static String of(Accounts accounts, long accountId) {
        return accounts.find(accountId).filter(account -> account.status() == AccountStatus.ACTIVE)
                .map(AccountSummary::displayName).orElse(FORMER);
    }
}
