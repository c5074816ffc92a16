/**
 * JCM ID-003, the bank-note acceptor protocol: frames and CRC ({@link jp.konbini.device.acceptor.id003.Id003Frame}),
 * the incremental reader that re-synchronises after garbage, the command and status codes, the
 * currency table, one class per command, the link (timeouts, retries, echo detection), the
 * device state machine and the credit rule. Facts and byte frames: shared/reference/cash-acceptor-protocols.md §1.
 */
package jp.konbini.device.acceptor.id003;
