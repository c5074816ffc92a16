/**
 * The composition root: the command line, the start and stop order, and the only place that knows
 * which concrete class implements which port. Everything is wired by constructor; nothing static.
 */
package jp.konbini.app;
