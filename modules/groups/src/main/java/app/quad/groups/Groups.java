package app.quad.groups;

import app.quad.platform.ResultPage;

import java.util.Optional;

/**
 * Groups and membership. Every query takes the viewer: a SECRET group does not exist for a
 * non-member, and only members see who is in a CLOSED or SECRET group. Refusals are
 * {@link app.quad.platform.Rejection}s naming the field; a group the actor may not see is refused
 * as "not found", whatever the id.
 */
public interface Groups {

    /** Which groups the directory lists. */
    enum Scope {
        /** Every group the viewer may see. */
        ALL,
        /** The groups the viewer is an active member of. */
        MINE,
        /** Visible groups the viewer's connections are active members of. */
        CONNECTIONS
    }

    /** Proposes a group; the creator becomes its owner. Staff-created groups are official. */
    GroupSummary create(long creatorId, NewGroup group);

    Optional<GroupSummary> bySlug(long viewerId, String slug);

    Optional<GroupSummary> byId(long viewerId, long groupId);

    /** Visible groups, by name, searched by name and description, optionally in one category. */
    ResultPage<GroupSummary> directory(long viewerId, Scope scope, String search, GroupCategory category, int first, int max);

    /** The viewer's standing in the group, if any (including REQUESTED, INVITED and BANNED). */
    Optional<Membership> membership(long accountId, long groupId);

    /** Whether the viewer sees the group's members and posts: anyone for an OPEN group, active members otherwise. */
    boolean seesInside(long viewerId, long groupId);

    /** Active members, owners and managers first; empty for a viewer who may not see them. */
    ResultPage<GroupMember> members(long viewerId, long groupId, int first, int max);

    /** Requests waiting for a manager: only managers see them. */
    ResultPage<GroupMember> requests(long managerId, long groupId, int first, int max);

    /** Joins an OPEN group, asks to join a CLOSED one, or accepts an invitation; returns the outcome. */
    MembershipStatus join(long accountId, long groupId);

    /** Leaves the group, withdraws a request or declines an invitation. The last owner cannot leave. */
    void leave(long accountId, long groupId);

    void approve(long managerId, long groupId, long accountId);

    void decline(long managerId, long groupId, long accountId);

    /** Invites a person; managers of any group, and any member of an OPEN group, may invite. */
    void invite(long inviterId, long groupId, long accountId);

    /** Removes an active member (they may ask again). */
    void remove(long managerId, long groupId, long accountId);

    /** Removes the person for good: they can neither join nor ask again until unbanned. */
    void ban(long managerId, long groupId, long accountId);

    /** Owners make members managers (or owners) and managers members again. */
    void appoint(long ownerId, long groupId, long accountId, GroupRole role);

    /** People banned from the group, for its managers; empty for anyone else. */
    ResultPage<GroupMember> banned(long managerId, long groupId, int first, int max);

    /** Lifts a ban: the person may join or ask again. */
    void unban(long managerId, long groupId, long accountId);

    /** Owners rename the group; the name stays unique and the address follows it. */
    GroupSummary rename(long ownerId, long groupId, String name);

    /** Managers choose whether a member's first thread waits for their approval. */
    void approveFirstPosts(long managerId, long groupId, boolean approve);

    /**
     * An owner deletes the group with its members, threads and replies, for good.
     *
     * @param confirmation the group's name, typed again
     */
    void delete(long ownerId, long groupId, String confirmation);

    /**
     * Gives the group a cover image (JPEG or PNG, at most 2 MB), replacing any before; managers only.
     * A refused file is a {@link app.quad.platform.Rejection} at the field "cover" and changes nothing.
     */
    void attachCover(long managerId, long groupId, String fileName, java.io.InputStream content);

    /** Takes the cover image away; managers only. */
    void removeCover(long managerId, long groupId);
}
