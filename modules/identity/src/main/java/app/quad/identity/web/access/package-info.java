/** Joining, accepting an invitation, confirming an address, signing in and out (identity/access/*.xhtml). */
package app.quad.identity.web.access;
