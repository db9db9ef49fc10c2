/** Career center pages (identity/staff/*.xhtml): campus e-mail domains, the organisation queue. */
package app.quad.identity.web.staff;
