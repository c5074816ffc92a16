package jp.konbini.report;

import java.util.List;
import jp.konbini.device.printer.Align;

/**
 * A simple table for the report PDF: headed columns (Japanese over English) with relative widths,
 * and rows of text. {@link PdfPages} wraps cells and repeats the header on every page it spans.
 *
 * @param whenEmpty said across the table when it has no rows: a blank table reads like a printing fault
 */
record PdfTable(List<Column> columns, List<Row> rows, String whenEmpty) {

    PdfTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (row.cells().size() != columns.size()) {
                throw new IllegalArgumentException("a row of " + row.cells().size() + " cells in a table of " + columns.size() + " columns");
            }
        }
    }

    /** @param weight share of the table's width, relative to the other columns */
    record Column(String japanese, String english, float weight, Align align) {
    }

    /** @param bold totals and rows that need attention (a collection with a difference) */
    record Row(List<String> cells, boolean bold) {
        Row {
            cells = List.copyOf(cells);
        }

        static Row of(String... cells) {
            return new Row(List.of(cells), false);
        }
    }
}
