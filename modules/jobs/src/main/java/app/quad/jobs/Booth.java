package app.quad.jobs;

/**
 * An organisation attending a career fair, and where to find it.
 *
 * @param toVisit whether the viewer marked it to visit
 */
public record Booth(long id, long eventId, String organisation, String number, boolean toVisit) {
}
