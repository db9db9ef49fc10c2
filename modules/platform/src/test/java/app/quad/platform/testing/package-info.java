/**
 * Test helpers every module shares, published as the platform's test-jar: for now the checker of
 * the migration conventions that each module runs against its own Flyway scripts.
 */
package app.quad.platform.testing;
