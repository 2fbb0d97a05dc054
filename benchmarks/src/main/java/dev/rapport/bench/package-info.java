/**
 * JMH benchmarks of the model: a tick of a large market, and network generation. Build with
 * {@code mvn -B -DskipTests package -pl benchmarks -am} and run with
 * {@code java -jar benchmarks/target/benchmarks.jar}.
 */
package dev.rapport.bench;
