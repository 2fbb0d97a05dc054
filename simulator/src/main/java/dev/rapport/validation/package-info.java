/**
 * The validation suite: the full model, reduced by configuration (the scenarios in
 * {@code scenarios/validation/}), against answers known independently of it — Bass diffusion in
 * closed form, Bass on a ring, independent cascades by exact enumeration, SIR final size, customer
 * lifetime value, beta trust and NPS — plus tick-length invariance of the flagship scenario. Each
 * case reports expected, observed and a tolerance derived from its sample size. {@link
 * dev.rapport.validation.Suite} is the entry point ({@code rapport selfcheck} and the tests);
 * everything else here is internal to the suite.
 */
package dev.rapport.validation;
