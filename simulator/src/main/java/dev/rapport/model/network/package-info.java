/**
 * The social network: a compressed, array-backed undirected graph with strong and weak ties
 * ({@link dev.rapport.model.network.Network}) and the generators that build it (Erdős–Rényi,
 * Watts–Strogatz, Barabási–Albert, stochastic block model, random regular, complete mixing and
 * edge lists). Sized for millions of consumers: ties are int arrays in CSR form, strength a byte.
 */
package dev.rapport.model.network;
