/** Career center pages (identity/staff/*.xhtml): campus e-mail domains. */
package app.quad.identity.web.staff;
