/**
 * Pure values and rules of the kiosk: money, line identifiers, the catalogue and the top-up
 * lifecycle. No I/O, no threads, no UI; everything here is deterministic and unit-tested.
 */
package jp.konbini.domain;
