/** Small ports and helpers every layer may use (a monotonic time source, the bundled fonts); JDK only. */
package jp.konbini.support;
