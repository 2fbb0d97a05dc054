/**
 * {@code rapport discover}: scenario discovery. Over a sweep of possible futures, the futures where
 * one strategy beats another, and a PRIM box ({@code dev.rapport.experiment.analysis.Prim}) of
 * parameter values where they concentrate, with its density and coverage. Runs on the sweep
 * engine ({@code dev.rapport.experiment.points}); without {@code --vary}, the futures are drawn
 * from the scenario's {@code uncertain:} distributions ({@link UncertainFutures}). Internal to the tool.
 */
package dev.rapport.experiment.discovery;
