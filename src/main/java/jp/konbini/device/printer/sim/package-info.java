/**
 * A receipt-printer simulator that ships in main (demos, technicians' bench work, tests): it
 * speaks ESC/POS on a serial link (a pseudo-terminal or an in-memory line), paces itself at the
 * line's baud rate, keeps a bounded receive buffer with XON/XOFF, answers {@code DLE EOT} and the
 * other real-time commands wherever they occur, parses the stream into a model of what came out
 * of the printer, and renders that to PNG. Paper near-end, paper out (also in the middle of a
 * job), cover open and offline can be set at any time. Checklist: reference §4.
 */
package jp.konbini.device.printer.sim;
