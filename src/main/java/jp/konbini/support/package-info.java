/** Small focused helpers shared by several layers; nothing here depends on anything but the JDK. */
package jp.konbini.support;
