package app.quad.identity;

/** A job, internship or volunteer role on a profile; {@code endYear} is null while it goes on. */
public record ExperienceEntry(long id, String title, String organisation, Integer startYear, Integer endYear,
                              String description) {

    public static ExperienceEntry input(String title, String organisation, Integer startYear, Integer endYear,
                                        String description) {
        return new ExperienceEntry(0, title, organisation, startYear, endYear, description);
    }
}
