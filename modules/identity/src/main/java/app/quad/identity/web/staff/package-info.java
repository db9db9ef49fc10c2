/** Career center pages (identity/staff/*.xhtml): campus e-mail domains, the organisation queue, importing students and graduates. */
package app.quad.identity.web.staff;
