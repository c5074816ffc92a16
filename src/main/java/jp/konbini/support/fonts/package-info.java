/**
 * The fonts bundled in the jar (src/main/resources/fonts, with their licences). Every renderer
 * (PDF, printer raster lines, the printer simulator's pictures, later the UI) loads its glyphs
 * from here and never from the operating system.
 */
package jp.konbini.support.fonts;
