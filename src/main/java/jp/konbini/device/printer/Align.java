package jp.konbini.device.printer;

/** Where a line sits across the paper. */
public enum Align { LEFT, CENTER, RIGHT }
