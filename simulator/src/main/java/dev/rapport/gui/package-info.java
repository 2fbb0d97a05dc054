/**
 * {@code rapport gui}: MASON's console around one run of a scenario, for watching it and turning
 * its knobs. {@link dev.rapport.gui.MarketGui} is the {@code GUIState}: it wraps a
 * {@link dev.rapport.model.MarketModel}, never subclasses it, and has its own random generator
 * for what only the display needs (which consumers to draw, where). The network view, the live
 * charts (JFreeChart 1.5, in the reports' colours) and the knobs are classes of their own; the
 * run's stepping and recorded series work without a display, so tests check them headless. The
 * model knows nothing of this package.
 */
package dev.rapport.gui;
