package app.quad.jobs;

/** How students apply: in Quad with their profile and résumé, or on the employer's own site. */
public enum ApplyMode {
    IN_QUAD,
    EXTERNAL
}
