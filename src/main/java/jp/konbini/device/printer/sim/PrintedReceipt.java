package jp.konbini.device.printer.sim;

import java.util.List;

/** What came out between two cuts (or since the last cut, when {@code cut} is false). */
public record PrintedReceipt(List<PaperItem> items, boolean cut) {

    public PrintedReceipt {
        items = List.copyOf(items);
    }

    public List<PaperItem.TextLine> textLines() {
        return items.stream().filter(PaperItem.TextLine.class::isInstance).map(PaperItem.TextLine.class::cast).toList();
    }

    public List<PaperItem.Raster> rasters() {
        return items.stream().filter(PaperItem.Raster.class::isInstance).map(PaperItem.Raster.class::cast).toList();
    }

    public List<PaperItem.QrSymbol> qrCodes() {
        return items.stream().filter(PaperItem.QrSymbol.class::isInstance).map(PaperItem.QrSymbol.class::cast).toList();
    }

    /** All text, one line per printed text line. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        textLines().forEach(l -> sb.append(l.text()).append('\n'));
        return sb.toString();
    }
}
