/**
 * Helpers for the Faces pages of every module, part of the kernel's public API (unlike
 * {@code app.quad.platform.web}, which is the kernel's own web plumbing).
 */
package app.quad.platform.faces;
