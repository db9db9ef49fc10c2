package app.quad.identity;

import app.quad.platform.Rejection;
import app.quad.platform.ResultPage;

import java.util.Set;

/**
 * What administrators do to accounts. Each change is checked against the acting account, written
 * to the audit trail and published as an event, in one transaction.
 */
public interface AccountAdministration {

    /** Accounts matching the query, newest first. */
    ResultPage<AccountSummary> search(AccountQuery query, int first, int pageSize);

    /**
     * Gives the account exactly these roles; its sessions end so that no session keeps a role taken away.
     *
     * @throws Rejection (field {@code roles}) when no role is given, or an administrator would remove
     *                   their own administrator role
     */
    void changeRoles(long actorId, long accountId, Set<Role> roles);

    /**
     * Stops the account at once: its sessions end and it cannot sign in.
     *
     * @throws Rejection (field {@code reason}) without a reason, or when administrators suspend themselves
     */
    void suspend(long actorId, long accountId, String reason);

    void reactivate(long actorId, long accountId);
}
