/**
 * Devices behind neutral ports: nothing above this package sees a protocol byte. Each protocol is
 * layered transport ({@link jp.konbini.device.serial.SerialLink}) → link (framing, CRC, retries)
 * → device state machine → facade emitting neutral events. Simulators live here too, in main,
 * and speak the real byte protocols.
 */
package jp.konbini.device;
