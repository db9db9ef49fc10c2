/**
 * Deliberately broken classes, laid out like Quad's modules under a root of their own, so that
 * ArchitectureRulesTest can show every architecture rule reports a violation. Never deployed:
 * these are test classes, and the real rules only look at {@code app.quad}.
 */
package archfixture;
