/** Fixture: identity's backing beans, which other modules must not use. */
package archfixture.identity.web;
