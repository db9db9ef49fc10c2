/** How the kernel works: migrations at start-up, the outbox table and its delivery worker, SMTP, health. */
package app.quad.platform.internal;
