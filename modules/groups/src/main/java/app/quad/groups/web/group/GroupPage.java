package app.quad.groups.web.group;

import app.quad.groups.GroupMember;
import app.quad.groups.GroupSummary;
import app.quad.groups.Groups;
import app.quad.groups.Membership;
import app.quad.groups.MembershipStatus;
import app.quad.identity.CurrentUser;
import app.quad.platform.Rejection;
import app.quad.platform.faces.FieldMessages;
import app.quad.platform.faces.PagedModel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;

/**
 * Backs groups/group/view.xhtml?slug=…: about, rules, members (for those who may see them) and
 * joining or leaving. A SECRET group is "not found" for anyone not in it or invited.
 */
@Named
@ViewScoped
public class GroupPage implements Serializable {

    @Inject
    Groups groups;

    @Inject
    CurrentUser currentUser;

    private String slug;

    private GroupSummary group;

    private final PagedModel<GroupMember> members = new PagedModel<>(
            (first, max) -> groups.members(currentUser.id(), group.id(), first, max),
            member -> Long.toString(member.accountId()));

    public void load() throws IOException {
        group = groups.bySlug(currentUser.id(), slug).orElse(null);
        if (group == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
        }
    }

    public void join() {
        try {
            MembershipStatus outcome = groups.join(currentUser.id(), group.id());
            FieldMessages.info(outcome == MembershipStatus.ACTIVE ? "You are now a member of " + group.name() + "."
                    : "Your request is sent; the group's managers will answer it.");
            refresh();
        } catch (Rejection rejection) {
            FieldMessages.show("membership", rejection);
        }
    }

    public void leave() {
        try {
            boolean requested = getStatus() == MembershipStatus.REQUESTED;
            groups.leave(currentUser.id(), group.id());
            FieldMessages.info(requested ? "Your request is withdrawn." : "You have left " + group.name() + ".");
            refresh();
        } catch (Rejection rejection) {
            FieldMessages.show("membership", rejection);
        }
    }

    private void refresh() {
        group = groups.byId(currentUser.id(), group.id()).orElse(group);
    }

    public MembershipStatus getStatus() {
        return groups.membership(currentUser.id(), group.id()).map(Membership::status).orElse(null);
    }

    public boolean isManager() {
        return groups.membership(currentUser.id(), group.id()).map(Membership::manages).orElse(false);
    }

    public boolean isSeesInside() {
        return groups.seesInside(currentUser.id(), group.id());
    }

    public String getJoinLabel() {
        MembershipStatus status = getStatus();
        if (status == MembershipStatus.INVITED) {
            return "Accept the invitation";
        }
        return group.visibility() == app.quad.groups.GroupVisibility.OPEN ? "Join" : "Ask to join";
    }

    public boolean isMayJoin() {
        MembershipStatus status = getStatus();
        return status == null ? group.visibility() != app.quad.groups.GroupVisibility.SECRET : status == MembershipStatus.INVITED;
    }

    public String getLeaveLabel() {
        MembershipStatus status = getStatus();
        return status == MembershipStatus.REQUESTED ? "Withdraw request" : status == MembershipStatus.INVITED ? "Decline invitation" : "Leave";
    }

    public boolean isMayLeave() {
        MembershipStatus status = getStatus();
        return status == MembershipStatus.ACTIVE || status == MembershipStatus.REQUESTED || status == MembershipStatus.INVITED;
    }

    public PagedModel<GroupMember> getMembers() {
        return members;
    }

    public GroupSummary getGroup() {
        return group;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
