package app.quad.identity;

/**
 * What staff look for in the account list: a name or e-mail beginning with the text (blank for
 * everyone), optionally only one status or role.
 */
public record AccountQuery(String text, AccountStatus status, Role role) {

    public static AccountQuery everyone() {
        return new AccountQuery("", null, null);
    }
}
