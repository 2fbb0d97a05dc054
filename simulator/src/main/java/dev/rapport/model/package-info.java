/**
 * The relationship-economy model on MASON: consumers with awareness, beta-reputation trust,
 * stages from unaware to advocate, value fit, sensitivities, reciprocity and referral depth; brands
 * with levers and exact budgets; word of mouth over the network; events; and the observation of
 * metrics. {@link dev.rapport.model.MarketModel} is the MASON {@code SimState}; each process of a
 * tick is one {@code Steppable} in its own class, and the decisions' processes (hearing, evidence,
 * awareness, trial, an active customer's life, purchases, stage moves) are small classes of their own. This package imports no YAML, CLI or chart
 * library: it takes a validated {@link dev.rapport.scenario.Scenario} and reports rows to a
 * {@link dev.rapport.model.MetricSink}.
 */
package dev.rapport.model;
