package app.quad.identity;

/**
 * A person deleted their account. Published inside the erasing transaction, after every module's
 * {@link app.quad.platform.PersonalData#erase} and before identity deletes the account row: an
 * observer that fails rolls the whole erasure back. It carries only the id, which no longer
 * names anyone once the transaction commits.
 */
public record AccountErased(long accountId) {
}
