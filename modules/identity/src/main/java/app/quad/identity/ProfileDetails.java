package app.quad.identity;

/**
 * The free-text parts of a profile. {@code about} is rich text as HTML; Quad keeps only safe
 * formatting (paragraphs, emphasis, lists, links) and drops the rest.
 */
public record ProfileDetails(String headline, String about, String location, String pronouns) {
}
