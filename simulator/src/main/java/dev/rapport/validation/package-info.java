/**
 * The validation suite: the full model, reduced by configuration (the scenarios in
 * {@code scenarios/validation/}), against answers known independently of it — Bass diffusion in
 * closed form, Bass on a ring, independent cascades by exact enumeration, SIR final size, customer
 * lifetime value, beta trust and NPS — plus tick-length invariance of the flagship scenario. Each
 * case reports expected, observed and a tolerance derived from its sample size. {@link
 * dev.rapport.validation.Suite} is the entry point ({@code rapport selfcheck} and the tests).
 *
 * <p>Beside it, {@link dev.rapport.validation.Facts} ({@code rapport selfcheck --facts}) checks the
 * flagship market against empirical generalisations of marketing science (advertising and price
 * elasticities on paired runs, customer value and churn by acquisition channel), each a
 * {@link dev.rapport.validation.FactResult} with a band stated as a judgement from the published
 * spread. Everything else here is internal to the two.
 */
package dev.rapport.validation;
