package jp.konbini.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;

/** Prints one JSON object per line, the output format of every command meant for scripts. */
final class JsonOutput {

    private final ObjectMapper json = new ObjectMapper();
    private final PrintWriter out;

    JsonOutput(PrintWriter out) {
        this.out = out;
    }

    void line(Object value) {
        try {
            out.println(json.writeValueAsString(value));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + value, e);
        }
    }
}
