package app.quad.moderation;

/** Where an appeal is. */
public enum AppealStatus {
    OPEN,
    /** The decision stands. */
    UPHELD,
    /** The decision is undone: the item is shown again and a suspension lifted. */
    REVERSED
}
