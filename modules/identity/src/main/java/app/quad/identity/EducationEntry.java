package app.quad.identity;

/**
 * A school on a profile. {@code attested} means career center staff have confirmed it; editing the
 * entry takes the attestation away.
 */
public record EducationEntry(long id, String school, String degree, String major, Integer startYear, Integer endYear,
                             boolean attested) {

    /** What the owner types; the id and attestation are Quad's. */
    public static EducationEntry input(String school, String degree, String major, Integer startYear, Integer endYear) {
        return new EducationEntry(0, school, degree, major, startYear, endYear, false);
    }
}
