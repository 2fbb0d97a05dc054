/**
 * Test support: synthetic results folders with known answers, and loading them the way the
 * reports module does. Used only by the module's tests.
 */
package dev.rapport.report.testing;
