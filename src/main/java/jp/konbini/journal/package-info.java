/**
 * The kiosk's journal: the system of record for every yen taken in. An H2 file database opened
 * with {@code WRITE_DELAY=0}; every money event is committed and then {@code CHECKPOINT SYNC} runs
 * before the call returns ({@link jp.konbini.journal.DurableWrites} is the only way to write).
 */
package jp.konbini.journal;
