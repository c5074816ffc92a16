/**
 * Maintenance mode for store staff and technicians (issue 7): who may enter (PIN hashes, the entry
 * lock, roles), what each role may do, and the actions themselves, each written to the journal's
 * audit log. No JavaFX here: the screens bind to this package as the customer screens bind to
 * {@code flow}.
 */
package jp.konbini.maintenance;
