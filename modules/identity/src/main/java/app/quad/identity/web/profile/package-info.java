/** Profiles: one's own to edit and preview, and others' as the visibility policy lets one see them (identity/profile/*.xhtml). */
package app.quad.identity.web.profile;
