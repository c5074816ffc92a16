/**
 * The maintenance audit log's rules both the kiosk and the central server apply: its hash chain
 * ({@link jp.konbini.domain.audit.AuditChain}).
 */
package jp.konbini.domain.audit;
