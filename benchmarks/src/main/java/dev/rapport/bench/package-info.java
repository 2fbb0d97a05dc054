/**
 * JMH benchmarks of the model (issue 15): ticks of the flagship at scale, network generation, whole
 * replications, memory per consumer, and Rapport against an idiomatic MASON model of Bass diffusion
 * (see benchmarks/README.md). Build with
 * {@code mvn -B -DskipTests package -pl benchmarks -am} and run with
 * {@code java -jar benchmarks/target/benchmarks.jar}.
 */
package dev.rapport.bench;
