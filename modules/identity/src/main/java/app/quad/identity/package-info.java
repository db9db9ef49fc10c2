/**
 * Who people are and what they may do. Other modules ask {@link app.quad.identity.Accounts}
 * about a person and refer to them by account id; they learn of changes through the events here.
 */
package app.quad.identity;
