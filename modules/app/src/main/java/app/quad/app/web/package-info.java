/** Backing beans of the public pages at the root of the site (index.xhtml, about.xhtml). */
package app.quad.app.web;
