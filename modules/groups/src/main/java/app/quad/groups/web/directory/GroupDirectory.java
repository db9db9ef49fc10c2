package app.quad.groups.web.directory;

import app.quad.groups.GroupCategory;
import app.quad.groups.GroupSummary;
import app.quad.groups.Groups;
import app.quad.identity.CurrentUser;
import app.quad.platform.faces.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** Backs groups/directory/list.xhtml: the groups one may see, one's own, and one's connections', searched and filtered. */
@Named
@ViewScoped
public class GroupDirectory implements Serializable {

    @Inject
    Groups groups;

    @Inject
    CurrentUser currentUser;

    private Groups.Scope scope = Groups.Scope.ALL;

    private String search;

    private GroupCategory category;

    private final PagedModel<GroupSummary> found = new PagedModel<>(
            (first, max) -> groups.directory(currentUser.id(), scope, search, category, first, max),
            group -> Long.toString(group.id()));

    public void find() {
        // The lazy model reads scope, search and category when the table renders.
    }

    public Groups.Scope[] getScopes() {
        return Groups.Scope.values();
    }

    public String scopeLabel(Groups.Scope value) {
        return switch (value) {
            case ALL -> "All groups";
            case MINE -> "Your groups";
            case CONNECTIONS -> "Your connections' groups";
        };
    }

    public GroupCategory[] getCategories() {
        return GroupCategory.values();
    }

    public PagedModel<GroupSummary> getFound() {
        return found;
    }

    public Groups.Scope getScope() {
        return scope;
    }

    public void setScope(Groups.Scope scope) {
        this.scope = scope == null ? Groups.Scope.ALL : scope;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public GroupCategory getCategory() {
        return category;
    }

    public void setCategory(GroupCategory category) {
        this.category = category;
    }
}
