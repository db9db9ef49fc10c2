/** Fixture: identity's implementation, which other modules must not use. */
package archfixture.identity.internal;
