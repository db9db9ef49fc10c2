/**
 * The contract between the modules that own content and the moderation module, kept in the kernel
 * so that each side works when the other is missing from the WAR. A module that owns reportable
 * things names them with a {@link app.quad.platform.moderation.ReportTarget} kind, describes them
 * through {@link app.quad.platform.moderation.ReportableContent}, fires events implementing
 * {@link app.quad.platform.moderation.ContentReport} when someone reports one, asks
 * {@link app.quad.platform.moderation.ContentScreening} before publishing text, and carries out
 * each {@link app.quad.platform.moderation.ModerationDecision} about its own things.
 */
package app.quad.platform.moderation;
