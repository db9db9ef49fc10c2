package app.quad.jobs;

/**
 * Where a posting is in its life: DRAFT → SUBMITTED → PUBLISHED (approved by staff) → CLOSED (by
 * its people, or at the deadline); REJECTED (with a reason, back to its people to edit and submit
 * again); HELD when screening held it for a moderator; REMOVED by moderation.
 */
public enum PostingStatus {
    DRAFT("Draft"),
    SUBMITTED("Waiting for the career center"),
    HELD("Held for review by a moderator"),
    REJECTED("Not approved"),
    PUBLISHED("Published"),
    CLOSED("Closed"),
    REMOVED("Removed by moderators");

    private final String label;

    PostingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
