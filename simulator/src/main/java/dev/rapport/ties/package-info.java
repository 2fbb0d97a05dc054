/**
 * Ties as pairs of consumers, below both the scenario (an edge-list file's ties) and the model (the
 * network generators): {@link dev.rapport.ties.PairTable}.
 */
package dev.rapport.ties;
