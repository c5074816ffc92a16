/**
 * The bank-note acceptor behind a protocol-free port: {@link jp.konbini.device.acceptor.NoteAcceptor}
 * takes enable/disable and escrow decisions and reports neutral {@link jp.konbini.device.acceptor.AcceptorEvent}s;
 * money goes to a {@link jp.konbini.device.acceptor.NoteLedger} (the journal) before the acceptor
 * is told anything that makes it money. Nothing above this package sees an ID-003 byte.
 */
package jp.konbini.device.acceptor;
