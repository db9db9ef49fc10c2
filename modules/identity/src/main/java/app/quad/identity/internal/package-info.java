/** Accounts as stored in the identity_* tables, and the implementation of the identity API. */
package app.quad.identity.internal;
