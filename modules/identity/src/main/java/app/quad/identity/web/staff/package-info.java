/** Career center pages (identity/staff/*.xhtml): campus e-mail domains, importing students and graduates. */
package app.quad.identity.web.staff;
