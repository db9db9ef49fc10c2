package app.quad.platform;

import java.io.IOException;

/**
 * What a module holds about one person, for "Your data": every module that stores personal data
 * has one bean implementing this. The identity module finds them all, so the platform knows no
 * module and a module absent from the WAR simply contributes nothing.
 */
public interface PersonalData {

    /** The person, as identity knows them when the export or erasure starts. */
    record Subject(long accountId, String email, String displayName) {

        @Override
        public String toString() {
            // Never the address or the name: subjects end up in log lines.
            return "Subject[" + accountId + "]";
        }
    }

    /** The module's name, lower-case: its folder in the archive, as in {@code identity/profile.json}. */
    String module();

    /**
     * Adds everything the module holds about the person to the archive, whoever may see it: it is
     * their own data. Runs in the background, outside any transaction the caller holds.
     */
    void export(Subject subject, PersonalDataArchive archive) throws IOException;

    /**
     * Deletes or anonymises the person's data, in the erasing transaction: if anything fails, the
     * whole erasure rolls back. Side effects outside the database go through the outbox or wait
     * for the commit.
     */
    void erase(Subject subject);
}
