/** Small ports every layer may use (a monotonic time source); depends on {@code java.*} only. */
package jp.konbini.support;
