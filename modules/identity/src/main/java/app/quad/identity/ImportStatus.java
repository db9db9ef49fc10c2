package app.quad.identity;

/** Where an import file is: waiting its turn, running, done, or stopped by an error. */
public enum ImportStatus {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
}
