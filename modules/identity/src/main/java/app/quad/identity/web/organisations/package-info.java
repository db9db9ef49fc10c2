/** Employer organisations' pages: public once verified, described by their own people (identity/organisations/*.xhtml). */
package app.quad.identity.web.organisations;
