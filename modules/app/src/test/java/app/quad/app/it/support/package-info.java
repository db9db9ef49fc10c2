/** Helpers deployed inside the server together with the in-container tests. */
package app.quad.app.it.support;
