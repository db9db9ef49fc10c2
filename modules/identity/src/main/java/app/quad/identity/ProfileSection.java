package app.quad.identity;

/** The parts of a profile that each have their own visibility. */
public enum ProfileSection {
    /** The profile as a whole: who may open it and see the name at all. */
    PROFILE(Visibility.CAMPUS),
    HEADLINE(Visibility.CAMPUS),
    PHOTO(Visibility.CAMPUS),
    ABOUT(Visibility.CAMPUS),
    LOCATION(Visibility.CAMPUS),
    PRONOUNS(Visibility.CAMPUS),
    EDUCATION(Visibility.CAMPUS),
    EXPERIENCE(Visibility.CAMPUS),
    SKILLS(Visibility.CAMPUS),
    PROJECTS(Visibility.CAMPUS),
    /** The résumé file: private until its owner chooses who should have it. */
    RESUME(Visibility.ONLY_ME),
    /** The e-mail address. */
    CONTACT(Visibility.ONLY_ME);

    private final Visibility conservativeDefault;

    ProfileSection(Visibility conservativeDefault) {
        this.conservativeDefault = conservativeDefault;
    }

    /** What a new profile starts with: nothing beyond campus, contact details and résumé private. */
    public Visibility defaultVisibility() {
        return conservativeDefault;
    }
}
