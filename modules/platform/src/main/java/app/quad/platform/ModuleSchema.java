package app.quad.platform;

/**
 * A module that owns tables. Its Flyway migrations live on the classpath under
 * {@code db/migration/<module>} and its history in the table {@code flyway_history_<module>};
 * its own tables are prefixed {@code <module>_}. Declare one as an application-scoped bean.
 */
public interface ModuleSchema {

    /** The module's name: lower case letters only, e.g. {@code identity}. */
    String module();
}
