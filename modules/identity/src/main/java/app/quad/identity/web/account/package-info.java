/** The signed-in person's own account settings (identity/account/*.xhtml). */
package app.quad.identity.web.account;
