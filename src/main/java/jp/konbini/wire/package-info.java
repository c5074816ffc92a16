/**
 * The sync protocol's messages and its request signature, shared by the kiosk ({@code sync}) and
 * the central server ({@code central}). Plain records of {@code java.*} types: each side maps them to
 * JSON itself, so neither side's JSON settings leak into the other.
 */
package jp.konbini.wire;
