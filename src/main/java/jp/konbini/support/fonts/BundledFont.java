package jp.konbini.support.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** A font file in the jar. Both are TrueType outlines, which PDFBox can subset and embed. */
public enum BundledFont {
    /** IPAex Gothic: Japanese and Latin; the face of every legal field. IPA Font License v1.0. */
    IPAEX_GOTHIC("/fonts/ipaex/ipaexg.ttf", "IPAexGothic", false),
    /** WenQuanYi Micro Hei, first face of a collection: Chinese (both scripts) and Hangul. Apache-2.0. */
    WQY_MICRO_HEI("/fonts/wqy-microhei/wqy-microhei.ttc", "WenQuanYiMicroHei", true);

    private final String resource;
    private final String postScriptName;
    private final boolean collection;

    BundledFont(String resource, String postScriptName, boolean collection) {
        this.resource = resource;
        this.postScriptName = postScriptName;
        this.collection = collection;
    }

    /** The class-path resource, e.g. {@code /fonts/ipaex/ipaexg.ttf}. */
    public String resource() {
        return resource;
    }

    /** The PostScript name of the face used (in a collection, the one picked out of it). */
    public String postScriptName() {
        return postScriptName;
    }

    /** Whether the file is a TrueType collection ({@code .ttc}). */
    public boolean collection() {
        return collection;
    }

    /** Opens the file; the caller closes the stream. */
    public InputStream open() {
        InputStream in = BundledFont.class.getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException("bundled font missing from the jar: " + resource));
        }
        return in;
    }

    /** The whole file, read once by whoever parses it. */
    public byte[] bytes() {
        try (InputStream in = open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled font " + resource, e);
        }
    }
}
