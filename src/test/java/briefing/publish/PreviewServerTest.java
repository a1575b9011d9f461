package briefing.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server against hostile clients, spoken to over raw sockets (an HTTP client would mend the requests). */
class PreviewServerTest {

    @TempDir
    Path site;

    private PreviewServer server() throws IOException {
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><html><body><p>draft</p></body></html>");
        PreviewServer server = new PreviewServer(site, 0);
        server.built();
        return server;
    }

    private static Socket open(PreviewServer server) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
        // Shorter than the reload stream's 15 s keep-alive: an answer that never ends fails the test, not hangs it.
        socket.setSoTimeout(10_000);
        return socket;
    }

    /** Sends {@code request} and returns the status line of the answer. */
    private static String statusOf(PreviewServer server, String request) throws IOException {
        try (Socket socket = open(server)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1).lines().findFirst().orElse("");
        }
    }

    private static String get(String path, String host) {
        return "GET " + path + " HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n") + "Connection: close\r\n\r\n";
    }

    @Test
    void onlyRequestsForThisMachinesAddressAreServed() throws IOException {
        try (PreviewServer server = server()) {
            assertEquals("HTTP/1.1 200 OK", statusOf(server, get("/", "127.0.0.1:" + server.port())));
            assertEquals("HTTP/1.1 200 OK", statusOf(server, get("/", "localhost:" + server.port())));
            assertEquals("HTTP/1.1 403 Forbidden", statusOf(server, get("/", "evil.example")), "DNS rebinding");
            assertEquals("HTTP/1.1 403 Forbidden", statusOf(server, get("/", "evil.example:" + server.port())));
            assertEquals("HTTP/1.1 403 Forbidden", statusOf(server, get("/", "127.0.0.1:1")));
            assertEquals("HTTP/1.1 403 Forbidden", statusOf(server, "GET / HTTP/1.0\r\n\r\n"), "no Host at all");
        }
    }

    @Test
    void aNulOrABrokenEscapeInThePathIsABadRequestNotADroppedConnection() throws IOException {
        try (PreviewServer server = server()) {
            String host = "127.0.0.1:" + server.port();
            assertEquals("HTTP/1.1 400 Bad Request", statusOf(server, get("/index%00.html", host)));
            assertEquals("HTTP/1.1 400 Bad Request", statusOf(server, get("/%zz", host)));
        }
    }

    @Test
    void aClientThatNeverFinishesItsHeadersIsCutOff() throws IOException {
        try (PreviewServer server = server(); Socket socket = open(server)) {
            socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            long start = System.nanoTime();

            int read = socket.getInputStream().read();

            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertEquals(-1, read, "closed without an answer");
            assertTrue(seconds <= PreviewServer.HEADER_SECONDS + 3, "after " + seconds + " s");
        }
    }

    @Test
    void openPagesCannotTakeEveryThread() throws IOException {
        try (PreviewServer server = server()) {
            String host = "127.0.0.1:" + server.port();
            List<Socket> streams = new ArrayList<>();
            try {
                for (int i = 0; i < PreviewServer.MAX_LISTENERS; i++) {
                    Socket socket = open(server);
                    streams.add(socket);
                    socket.getOutputStream().write(get(PreviewServer.EVENTS, host).getBytes(StandardCharsets.ISO_8859_1));
                    InputStream in = socket.getInputStream();
                    assertEquals("HTTP/1.1 200 OK", new String(in.readNBytes(15), StandardCharsets.ISO_8859_1));
                }
                assertEquals("HTTP/1.1 503 Service Unavailable", statusOf(server, get(PreviewServer.EVENTS, host)));
                assertEquals("HTTP/1.1 200 OK", statusOf(server, get("/", host)), "pages are still served");
            } finally {
                for (Socket socket : streams) {
                    socket.close();
                }
            }
        }
    }
}
