package jp.konbini.central;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** HTTP/1.1 by hand over loopback, for what a well-behaved client would never send. */
final class RawHttp {

    private RawHttp() {
    }

    /**
     * Sends a POST's headers declaring {@code contentLength} bytes and none of the body, and
     * returns what the server answered (status line, headers and body) before it closed or
     * went quiet for five seconds.
     */
    static String postHeadersOnly(int port, String path, long contentLength) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(5_000);
            s.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + contentLength + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            return readAnswer(s.getInputStream());
        }
    }

    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                answer.write(buffer, 0, n);
                if (complete(answer.toString(StandardCharsets.UTF_8))) {
                    break;
                }
            }
        } catch (SocketTimeoutException quiet) {
            // what came is the answer
        }
        return answer.toString(StandardCharsets.UTF_8);
    }

    /** Headers ended and as many body bytes as Content-Length says. */
    private static boolean complete(String soFar) {
        int end = soFar.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        for (String line : soFar.substring(0, end).split("\r\n")) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                int length = Integer.parseInt(line.substring(line.indexOf(':') + 1).strip());
                return soFar.getBytes(StandardCharsets.UTF_8).length - (end + 4) >= length;
            }
        }
        return false;
    }
}
