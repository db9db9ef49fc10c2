package app.quad.groups.web.group;

import app.quad.groups.Discussions;
import app.quad.groups.GroupMember;
import app.quad.groups.GroupPost;
import app.quad.groups.GroupRole;
import app.quad.groups.GroupSummary;
import app.quad.groups.Groups;
import app.quad.groups.Membership;
import app.quad.identity.AccountSummary;
import app.quad.identity.Accounts;
import app.quad.identity.CurrentUser;
import app.quad.platform.Rejection;
import app.quad.platform.faces.FieldMessages;
import app.quad.platform.faces.PagedModel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/**
 * Backs groups/group/manage.xhtml?slug=…: requests, first posts waiting, members, roles, invitations
 * and bans, and for owners renaming and deleting; "not found" for anyone but managers.
 */
@Named
@ViewScoped
public class ManageGroup implements Serializable {

    @Inject
    Groups groups;

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser currentUser;

    private String slug;

    private GroupSummary group;

    private String inviteEmail;

    private String newName;

    private String confirmation;

    private boolean approveFirstPosts;

    /** The cover file chosen in the form; not kept between requests. */
    private transient Part cover;

    @Inject
    Discussions discussions;

    private final PagedModel<GroupPost> pending = new PagedModel<>(
            (first, max) -> discussions.pending(currentUser.id(), group.id(), first, max),
            post -> Long.toString(post.id()));

    private final PagedModel<GroupMember> banned = new PagedModel<>(
            (first, max) -> groups.banned(currentUser.id(), group.id(), first, max),
            member -> Long.toString(member.accountId()));

    private final PagedModel<GroupMember> requests = new PagedModel<>(
            (first, max) -> groups.requests(currentUser.id(), group.id(), first, max),
            member -> Long.toString(member.accountId()));

    private final PagedModel<GroupMember> members = new PagedModel<>(
            (first, max) -> groups.members(currentUser.id(), group.id(), first, max),
            member -> Long.toString(member.accountId()));

    public void load() throws IOException {
        group = groups.bySlug(currentUser.id(), slug)
                .filter(found -> groups.membership(currentUser.id(), found.id()).map(Membership::manages).orElse(false))
                .orElse(null);
        if (group == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
            return;
        }
        newName = group.name();
        approveFirstPosts = group.approvesFirstPosts();
    }

    public void approvePost(GroupPost post) {
        act(() -> discussions.approve(currentUser.id(), post.id()), "\u201c" + post.title() + "\u201d is published.");
    }

    public void declinePost(GroupPost post) {
        act(() -> discussions.decline(currentUser.id(), post.id()), "\u201c" + post.title() + "\u201d is declined and deleted.");
    }

    public void unban(GroupMember person) {
        act(() -> groups.unban(currentUser.id(), group.id(), person.accountId()), person.displayName() + " may join again.");
    }

    public void saveSettings() {
        act(() -> groups.approveFirstPosts(currentUser.id(), group.id(), approveFirstPosts),
                approveFirstPosts ? "Members' first threads now wait for approval." : "Members' threads are published at once.");
    }

    public void uploadCover() {
        if (cover == null || cover.getSize() == 0) {
            FieldMessages.error("cover:file", "Choose a file first.");
            return;
        }
        try (InputStream content = cover.getInputStream()) {
            groups.attachCover(currentUser.id(), group.id(), cover.getSubmittedFileName(), content);
            group = groups.byId(currentUser.id(), group.id()).orElseThrow();
            FieldMessages.info("The new cover is on the group's page.");
        } catch (Rejection rejection) {
            FieldMessages.error(rejection.field().equals("cover") ? "cover:file" : null, rejection.getMessage());
        } catch (IOException e) {
            FieldMessages.error("cover:file", "The file could not be read. Please try again.");
        } finally {
            cover = null;
        }
    }

    public void removeCover() {
        act(() -> groups.removeCover(currentUser.id(), group.id()), "The cover is removed.");
        group = groups.byId(currentUser.id(), group.id()).orElseThrow();
    }

    public Part getCover() {
        return cover;
    }

    public void setCover(Part cover) {
        this.cover = cover;
    }

    public String rename() {
        try {
            group = groups.rename(currentUser.id(), group.id(), newName);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            FieldMessages.info("The group is now called " + group.name() + ".");
            return "/groups/group/manage.xhtml?faces-redirect=true&slug=" + group.slug();
        } catch (Rejection rejection) {
            FieldMessages.show("rename", rejection);
            return null;
        }
    }

    public String delete() {
        try {
            String name = group.name();
            groups.delete(currentUser.id(), group.id(), confirmation);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            FieldMessages.info(name + " is deleted.");
            return "/groups/directory/list.xhtml?faces-redirect=true";
        } catch (Rejection rejection) {
            FieldMessages.show("delete", rejection);
            return null;
        }
    }

    public PagedModel<GroupPost> getPending() {
        return pending;
    }

    public PagedModel<GroupMember> getBanned() {
        return banned;
    }

    public String getNewName() { return newName; }
    public void setNewName(String newName) { this.newName = newName; }
    public String getConfirmation() { return confirmation; }
    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
    public boolean isApproveFirstPosts() { return approveFirstPosts; }
    public void setApproveFirstPosts(boolean approveFirstPosts) { this.approveFirstPosts = approveFirstPosts; }

    public void approve(GroupMember person) {
        act(() -> groups.approve(currentUser.id(), group.id(), person.accountId()), person.displayName() + " is now a member.");
    }

    public void decline(GroupMember person) {
        act(() -> groups.decline(currentUser.id(), group.id(), person.accountId()), person.displayName() + "'s request is declined.");
    }

    public void remove(GroupMember person) {
        act(() -> groups.remove(currentUser.id(), group.id(), person.accountId()), person.displayName() + " is no longer a member.");
    }

    public void ban(GroupMember person) {
        act(() -> groups.ban(currentUser.id(), group.id(), person.accountId()), person.displayName() + " is banned from the group.");
    }

    public void makeManager(GroupMember person) {
        act(() -> groups.appoint(currentUser.id(), group.id(), person.accountId(), GroupRole.MANAGER),
                person.displayName() + " is now a manager.");
    }

    public void makeMember(GroupMember person) {
        act(() -> groups.appoint(currentUser.id(), group.id(), person.accountId(), GroupRole.MEMBER),
                person.displayName() + " is now a member without a role.");
    }

    public void invite() {
        AccountSummary invitee = inviteEmail == null ? null : accounts.findByEmail(inviteEmail.strip()).orElse(null);
        if (invitee == null) {
            FieldMessages.error("invite:email", "Nobody with this address can be invited.");
            return;
        }
        try {
            groups.invite(currentUser.id(), group.id(), invitee.id());
            FieldMessages.info(invitee.displayName() + " is invited.");
            inviteEmail = null;
        } catch (Rejection rejection) {
            FieldMessages.error("invite:email", rejection.getMessage());
        }
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            FieldMessages.info(done);
        } catch (Rejection rejection) {
            FieldMessages.error(null, rejection.getMessage());
        }
    }

    public boolean isOwner() {
        return groups.membership(currentUser.id(), group.id()).map(m -> m.active() && m.role() == GroupRole.OWNER).orElse(false);
    }

    public boolean isMe(GroupMember person) {
        return person.accountId() == currentUser.id();
    }

    public PagedModel<GroupMember> getRequests() {
        return requests;
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

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }
}
