/** The directory of groups and who may open groups' pages. */
package app.quad.groups.web.directory;
