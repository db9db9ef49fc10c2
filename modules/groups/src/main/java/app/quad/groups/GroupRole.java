package app.quad.groups;

/** A member's role in a group: owners appoint managers; managers answer requests, remove and ban. */
public enum GroupRole {
    OWNER, MANAGER, MEMBER;

    public boolean manages() {
        return this == OWNER || this == MANAGER;
    }
}
