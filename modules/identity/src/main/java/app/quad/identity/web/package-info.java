/** Identity pages shared by all: the user menu of the layout, and who may open identity views. */
package app.quad.identity.web;
