/**
 * The central server: receives journalled records from the kiosks, applies each purchase to the
 * customer's line exactly once, and shows the fleet. Shares only {@code domain} and {@code wire} with
 * the kiosk. {@link jp.konbini.central.CentralServer} wires its parts: {@code http} (Javalin),
 * {@code auth} (request signatures), {@code apply} (idempotent apply), {@code carrier} (the carrier
 * port and its simulation), {@code store} (JDBC, Flyway, HikariCP; H2 or PostgreSQL).
 */
package jp.konbini.central;
