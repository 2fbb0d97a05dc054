/**
 * Scenarios: the immutable records a YAML scenario binds to, loading with every problem reported
 * at its file, line and column, the semantic checks that span several keys, {@code --set}
 * overrides addressed by key path, and the JSON Schema and reference generated from the same
 * records. The model never sees YAML; it receives a validated {@link dev.rapport.scenario.Scenario}.
 */
package dev.rapport.scenario;
