/** Administrators' pages (identity/admin/*.xhtml): accounts, roles, suspension. */
package app.quad.identity.web.admin;
