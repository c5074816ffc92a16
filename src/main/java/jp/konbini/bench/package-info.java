/**
 * Benchmarks behind the {@code bench} command. Each prints one JSON object and always measures its
 * baseline (the bare cost of the underlying operation) in the same run, so figures from a noisy,
 * shared machine are read as ratios, not absolutes.
 */
package jp.konbini.bench;
