/** Fixture: networking's public API, with the other half of the cycle and entities that should be internal. */
package archfixture.networking;
