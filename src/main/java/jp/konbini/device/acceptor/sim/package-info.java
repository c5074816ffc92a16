/**
 * A JCM ID-003 bank-note acceptor simulator (the device side) that speaks the real bytes over a
 * {@link jp.konbini.device.serial.SerialLink}: a pseudo-terminal for the real driver, or the
 * in-memory line. It reproduces what breaks host drivers (reference cash-acceptor-protocols.md §6):
 * repeated ESCROW and VEND VALID, a STACKED that may never be seen, escrow timeouts, jams, stacker
 * removal and full, power loss with a note in the acceptor or the stacker, random rejects and link
 * faults, and it keeps its own ground truth (the notes in its cash box) for tests to compare
 * against the host's credits.
 *
 * <p>It depends only on the ID-003 frame and code classes, the serial transport and the domain,
 * never on the driver: it is what the driver is tested against. {@link
 * jp.konbini.device.acceptor.sim.AcceptorSimulator} is the entry point; decisions 0030–0033 in
 * docs/decisions explain the behaviour chosen where the reference marks it UNVERIFIED.
 */
package jp.konbini.device.acceptor.sim;
