package jp.konbini.ui.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The process's resident memory and the heap in use after a collection, for the leak check. */
final class ProcessMemory {

    private ProcessMemory() {
    }

    /** VmRSS from /proc/self/status in MB (1,000,000 bytes), or -1 where there is no /proc. */
    static double residentMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return round(Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024 / 1e6);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** Heap in use after asking for two full collections, in MB: what is still reachable. */
    static double heapUsedAfterGcMb() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 2; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return round((rt.totalMemory() - rt.freeMemory()) / 1e6);
    }

    /** Heap the JVM has taken from the system now (it touches these pages, so they count in RSS), in MB. */
    static double heapCommittedMb() {
        return round(Runtime.getRuntime().totalMemory() / 1e6);
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
