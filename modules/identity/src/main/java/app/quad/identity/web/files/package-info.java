/**
 * Serving uploads at /files/&lt;id&gt;/&lt;variant&gt;. Not a view, so the page guard does not cover
 * it: the servlet checks who may see each file itself.
 */
package app.quad.identity.web.files;
