package app.quad.groups.web.group;

import app.quad.groups.GroupCategory;
import app.quad.groups.GroupSummary;
import app.quad.groups.GroupVisibility;
import app.quad.groups.Groups;
import app.quad.groups.NewGroup;
import app.quad.identity.CurrentUser;
import app.quad.platform.Rejection;
import app.quad.platform.faces.FieldMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** Backs groups/group/new.xhtml: proposing a group; the proposer becomes its owner. */
@Named
@ViewScoped
public class ProposeGroup implements Serializable {

    @Inject
    Groups groups;

    @Inject
    CurrentUser currentUser;

    private String name;
    private String description;
    private String rules;
    private GroupCategory category;
    private GroupVisibility visibility = GroupVisibility.OPEN;

    public String create() {
        try {
            GroupSummary group = groups.create(currentUser.id(), new NewGroup(name, description, category, rules, visibility));
            return "/groups/group/view.xhtml?faces-redirect=true&slug=" + group.slug();
        } catch (Rejection rejection) {
            FieldMessages.show("group", rejection);
            return null;
        }
    }

    public GroupCategory[] getCategories() {
        return GroupCategory.values();
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getRules() { return rules; }
    public void setRules(String rules) { this.rules = rules; }
    public GroupCategory getCategory() { return category; }
    public void setCategory(GroupCategory category) { this.category = category; }
    public GroupVisibility getVisibility() { return visibility; }
    public void setVisibility(GroupVisibility visibility) { this.visibility = visibility; }
}
