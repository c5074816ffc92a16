package jp.konbini;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Collects a child process's output as complete lines on a reader thread. A last line without its
 * newline (the child died while printing it) is not a line and is dropped.
 */
public final class ChildOutput {

    private final List<String> lines = new ArrayList<>();
    private final CountDownLatch ready = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private final String readyPrefix;
    private final int readyCount;
    private int seen;

    private ChildOutput(String readyPrefix, int readyCount) {
        this.readyPrefix = readyPrefix;
        this.readyCount = readyCount;
    }

    /** Follows the output; ready once a line equal to {@code readyLine} has been printed. */
    public static ChildOutput follow(Process process, String readyLine) {
        return follow(process, readyLine, 1);
    }

    /** Follows the output; ready once {@code count} lines starting with {@code prefix} have been printed. */
    public static ChildOutput follow(Process process, String prefix, int count) {
        ChildOutput output = new ChildOutput(prefix, count);
        Thread reader = new Thread(() -> output.read(process.getInputStream()), "child-output-" + process.pid());
        reader.setDaemon(true);
        reader.start();
        return output;
    }

    public boolean awaitReady(long seconds) throws InterruptedException {
        return ready.await(seconds, TimeUnit.SECONDS);
    }

    /** Every complete line, once the child's output has ended. */
    public List<String> lines(long seconds) throws InterruptedException {
        if (!finished.await(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError("child output did not end");
        }
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    public String soFar() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    private void read(InputStream in) {
        ByteArrayOutputStream current = new ByteArrayOutputStream();
        try (in) {
            int b;
            while ((b = in.read()) >= 0) {
                if (b != '\n') {
                    current.write(b);
                    continue;
                }
                String line = current.toString(StandardCharsets.UTF_8);
                current.reset();
                synchronized (lines) {
                    lines.add(line);
                }
                if (line.startsWith(readyPrefix) && ++seen >= readyCount) {
                    ready.countDown();
                }
            }
        } catch (IOException e) {
            // The child is gone; what was read so far is what it printed.
        } finally {
            finished.countDown();
        }
    }
}
