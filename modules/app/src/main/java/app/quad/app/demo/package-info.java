/** Demo data for the embedded run: a few members with documented passwords (see README). */
package app.quad.app.demo;
