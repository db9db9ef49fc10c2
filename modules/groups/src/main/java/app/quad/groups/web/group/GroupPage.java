package app.quad.groups.web.group;

import app.quad.groups.Discussions;
import app.quad.groups.GroupMember;
import app.quad.groups.GroupPost;
import app.quad.groups.GroupSummary;
import app.quad.groups.Groups;
import app.quad.groups.Membership;
import app.quad.groups.MembershipStatus;
import app.quad.groups.ThreadCursor;
import app.quad.groups.ThreadList;
import app.quad.groups.web.post.Ago;
import app.quad.platform.moderation.ReportReason;
import app.quad.identity.CurrentUser;
import app.quad.jobs.EventSummary;
import app.quad.jobs.Events;
import app.quad.platform.Rejection;
import app.quad.platform.faces.FieldMessages;
import app.quad.platform.faces.PagedModel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;

/**
 * Backs groups/group/view.xhtml?slug=…: about, rules, members and discussions (for those who may
 * see them), joining or leaving, starting a thread, and reporting the group. A SECRET group is "not found" for anyone not in it or invited.
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

    /** Threads shown so far; "Show more" adds the next screen after the last one (keyset). */
    private final List<GroupPost> threads = new ArrayList<>();

    private ThreadCursor next = ThreadCursor.START;

    private String title;

    private String body;

    private ReportReason reason;

    private String detail;

    @Inject
    Discussions discussions;

    @Inject
    Events events;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final PagedModel<EventSummary> upcoming = new PagedModel<>(
            (first, max) -> events.upcomingForGroup(group.id(), currentUser.id(), first, max),
            event -> Long.toString(event.id()));

    private final PagedModel<GroupMember> members = new PagedModel<>(
            (first, max) -> groups.members(currentUser.id(), group.id(), first, max),
            member -> Long.toString(member.accountId()));

    public void load() throws IOException {
        group = groups.bySlug(currentUser.id(), slug).orElse(null);
        if (group == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
            return;
        }
        if (threads.isEmpty() && next == ThreadCursor.START) {
            more();
        }
    }

    /** How many threads one screen shows. */
    static final int SCREEN = 20;

    public void more() {
        if (next == null) {
            return;
        }
        ThreadList list = discussions.threads(currentUser.id(), group.id(), next, SCREEN);
        threads.addAll(list.posts());
        next = list.next();
    }

    public void start() {
        try {
            long id = discussions.start(currentUser.id(), group.id(), title, body);
            GroupPost post = discussions.post(currentUser.id(), id).orElseThrow();
            title = null;
            body = null;
            FieldMessages.info(switch (post.state()) {
                case PUBLISHED -> "Your thread is posted.";
                case PENDING -> "Your first post waits for a manager's approval; they have been told.";
                default -> "Your thread waits for a moderator's review before others see it.";
            });
            threads.clear();
            next = ThreadCursor.START;
            more();
        } catch (Rejection rejection) {
            FieldMessages.show("thread", rejection);
        }
    }

    public void report() {
        try {
            discussions.reportGroup(currentUser.id(), group.id(), reason, detail);
            reason = null;
            detail = null;
            FieldMessages.info("Thank you. The moderators will look at this group.");
        } catch (Rejection rejection) {
            FieldMessages.show("report", rejection);
        }
    }

    public void toggleNotices() {
        try {
            boolean on = !isPostNotices();
            discussions.setPostNotices(currentUser.id(), group.id(), on);
            FieldMessages.info(on ? "You will hear of new threads in " + group.name() + " (in your daily digest unless you choose"
                    + " otherwise in your notification settings)." : "You will no longer hear of new threads here.");
        } catch (Rejection rejection) {
            FieldMessages.show("membership", rejection);
        }
    }

    public boolean isPostNotices() {
        return discussions.postNotices(currentUser.id(), group.id());
    }

    public List<GroupPost> getPinned() {
        return discussions.pinned(currentUser.id(), group.id());
    }

    public List<GroupPost> getThreads() {
        return threads;
    }

    public boolean isMoreThreads() {
        return next != null;
    }

    public boolean isMember() {
        return getStatus() == MembershipStatus.ACTIVE;
    }

    public String ago(Instant at) {
        return Ago.of(at);
    }

    public ReportReason[] getReasons() {
        return ReportReason.values();
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public ReportReason getReason() { return reason; }
    public void setReason(ReportReason reason) { this.reason = reason; }
    public String getDetail() { return detail; }
    public void setDetail(String detail) { this.detail = detail; }

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
        threads.clear();
        next = ThreadCursor.START;
        more();
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

    public PagedModel<EventSummary> getUpcoming() {
        return upcoming;
    }

    /** When the event starts, in its own time zone, which the event page also uses. */
    public String when(EventSummary event) {
        return WHEN.format(event.startsAt().atZone(ZoneId.of(event.zone()))) + " (" + event.zone() + ")";
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
