package app.quad.identity;

/** Someone in the same program and class year as a person, e.g. "Data Science, class of 2027". */
public record Classmate(long accountId, String program) {
}
