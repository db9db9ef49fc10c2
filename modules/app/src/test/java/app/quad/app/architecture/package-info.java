/**
 * Architecture rules the compiler cannot enforce (module boundaries, no cycles, where entities
 * live and which tables they map), checked against every production class of Quad.
 */
package app.quad.app.architecture;
