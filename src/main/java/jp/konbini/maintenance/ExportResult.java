package jp.konbini.maintenance;

import java.nio.file.Path;
import java.util.List;

/** What an export wrote: the folder on the stick and the files in it. */
public record ExportResult(Path folder, List<Path> files) {

    public ExportResult {
        files = List.copyOf(files);
    }
}
