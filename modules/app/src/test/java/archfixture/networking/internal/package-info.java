/** Fixture: networking's implementation, breaking the rules about other modules, JSF and table names. */
package archfixture.networking.internal;
