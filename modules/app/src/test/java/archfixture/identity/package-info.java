/** Fixture: identity's public API, which uses networking's while networking uses it (a cycle). */
package archfixture.identity;
