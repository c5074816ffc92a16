package jp.konbini.device.printer;

/**
 * Which bundled typeface a run of text is set in where the renderer draws glyphs itself (PDF,
 * printer raster lines). Japanese, English and every legal field use the Japanese face; Chinese
 * and Korean text uses the pan-CJK face, so Chinese is not drawn with Japanese glyph shapes.
 * A renderer still falls back per character to the other face when its own lacks a glyph.
 */
public enum TextFace { JAPANESE, PAN_CJK }
