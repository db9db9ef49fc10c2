package app.quad.groups;

/** What a member proposes: the name must be unique; description and rules are plain text. */
public record NewGroup(String name, String description, GroupCategory category, String rules, GroupVisibility visibility) {
}
