package app.quad.groups;

/**
 * A group as the directory and its page show it; description and rules are plain text, to be shown escaped.
 *
 * @param approvesFirstPosts whether a member's first thread waits for a manager
 * @param coverUploadId      the cover image, served at {@code /files/{id}/display} to those who see the group, or null
 */
public record GroupSummary(long id, String name, String slug, boolean official, GroupVisibility visibility,
                           GroupCategory category, String description, String rules, long memberCount,
                           boolean approvesFirstPosts, Long coverUploadId) {
}
