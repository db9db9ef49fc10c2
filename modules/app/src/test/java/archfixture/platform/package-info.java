/** Fixture: a kernel that knows about a module. */
package archfixture.platform;
