package briefing.publish;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a built site on the loopback interface only, for preview. Every HTML page gets a small script
 * that reloads it when the site is rebuilt (server-sent events), and, while the inputs are broken, a
 * banner with the build's errors on top of the last good site. Never serves anything outside its folder.
 *
 * <p>Only this machine's browser is served: a request whose {@code Host} is not {@code 127.0.0.1:<port>}
 * or {@code localhost:<port>} is refused (403), so a web page that rebinds its own domain name to
 * 127.0.0.1 cannot read the drafts. Requests are served by a fixed pool of threads, at most
 * {@value #MAX_LISTENERS} of them holding reload streams, and a request's headers must arrive within
 * {@value #HEADER_SECONDS} seconds.
 */
public final class PreviewServer implements AutoCloseable {

    static final int THREADS = 16;
    static final int MAX_LISTENERS = 8;
    static final int HEADER_SECONDS = 5;

    static {
        // The JDK's server reads this once, when it loads: the time a request's line and headers may take
        // to arrive (a client sending a header a minute would otherwise hold a thread for ever).
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", String.valueOf(HEADER_SECONDS));
        }
    }

    static final String EVENTS = "/__briefing/events";
    static final String SCRIPT = "/__briefing/live.js";
    private static final String LIVE_JS = """
            (function () {
              var source = new EventSource('/__briefing/events');
              source.onmessage = function (e) { if (e.data === 'reload') { location.reload(); } };
            })();
            """;
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "json", "application/json; charset=utf-8", "csv", "text/csv; charset=utf-8", "svg", "image/svg+xml",
            "png", "image/png", "xml", "application/xml; charset=utf-8", "txt", "text/plain; charset=utf-8");

    private final Path site;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(THREADS, r -> {
        Thread t = new Thread(r, "preview-http");
        t.setDaemon(true);
        return t;
    });
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.Semaphore listenerSlots = new java.util.concurrent.Semaphore(MAX_LISTENERS);
    private volatile List<String> errors = List.of();
    private volatile boolean built;

    /** Binds to 127.0.0.1 (never another interface); port 0 picks a free one. */
    public PreviewServer(Path site, int port) {
        this.site = site.toAbsolutePath().normalize();
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String address() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /** The site was rebuilt: clear the error banner and reload every open page. */
    public void built() {
        built = true;
        errors = List.of();
        broadcast();
    }

    /** The rebuild failed: show these errors on every page (over the last good site) and reload. */
    public void failed(List<String> messages) {
        errors = List.copyOf(messages);
        broadcast();
    }

    private void broadcast() {
        for (OutputStream out : listeners) {
            try {
                out.write("data: reload\n\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                listeners.remove(out);
            }
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String host = exchange.getRequestHeaders().getFirst("Host");
            if (host == null || !(host.equals("127.0.0.1:" + port()) || host.equalsIgnoreCase("localhost:" + port()))) {
                send(exchange, 403, TYPES.get("txt"), ("this preview answers only to " + address()).getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = decodedPath(exchange);
            if (path == null) {
                send(exchange, 400, TYPES.get("txt"), "bad request".getBytes(StandardCharsets.UTF_8));
            } else if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed".getBytes(StandardCharsets.UTF_8));
            } else if (path.equals(EVENTS)) {
                events(exchange);
            } else if (path.equals(SCRIPT)) {
                send(exchange, 200, TYPES.get("js"), LIVE_JS.getBytes(StandardCharsets.UTF_8));
            } else {
                file(exchange, path);
            }
        }
    }

    /** The request's path, decoded; null when it does not decode or holds a control character (NUL...). */
    private static String decodedPath(HttpExchange exchange) {
        try {
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            return path.chars().anyMatch(Character::isISOControl) ? null : path;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void events(HttpExchange exchange) throws IOException {
        // A slot is taken before the stream is answered, so the limit holds however requests interleave
        // (counting open streams instead let a ninth in while the eighth was answered but not yet counted).
        if (!listenerSlots.tryAcquire()) { // each open stream holds a thread: keep some for pages
            send(exchange, 503, TYPES.get("txt"), "too many open pages".getBytes(StandardCharsets.UTF_8));
            return;
        }
        OutputStream out = null;
        try {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            exchange.sendResponseHeaders(200, 0);
            out = exchange.getResponseBody();
            listeners.add(out);
            out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            // Hold the connection open until the browser goes away (a write then fails) or we close.
            while (listeners.contains(out)) {
                Thread.sleep(15_000);
                out.write(": ping\n\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException e) {
            // the page went away, or the preview is closing
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (out != null) {
                listeners.remove(out);
            }
            listenerSlots.release();
        }
    }

    private void file(HttpExchange exchange, String path) throws IOException {
        Path target = site.resolve(path.startsWith("/") ? path.substring(1) : path).normalize();
        if (!target.startsWith(site)) {
            send(exchange, 404, TYPES.get("txt"), "not found".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (Files.isDirectory(target)) {
            if (!path.endsWith("/")) {
                exchange.getResponseHeaders().set("Location", path + "/");
                send(exchange, 301, TYPES.get("txt"), new byte[0]);
                return;
            }
            target = target.resolve("index.html");
        }
        if (!built && !errors.isEmpty()) {
            send(exchange, 500, TYPES.get("html"), inject("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                    + "<title>Build failed</title></head><body><h1>The site could not be built</h1></body></html>"));
            return;
        }
        if (!Files.isRegularFile(target)) {
            send(exchange, 404, TYPES.get("html"), inject("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                    + "<title>Not found</title></head><body><h1>Not found</h1><p><a href=\"/\">Home</a></p></body></html>"));
            return;
        }
        String name = target.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        byte[] body = Files.readAllBytes(target);
        if (extension.equals("html")) {
            body = inject(new String(body, StandardCharsets.UTF_8));
        }
        send(exchange, 200, TYPES.getOrDefault(extension, "application/octet-stream"), body);
    }

    /** Adds the reload script and, while the build is broken, the error banner. */
    private byte[] inject(String html) {
        StringBuilder banner = new StringBuilder();
        List<String> current = errors;
        if (!current.isEmpty()) {
            banner.append("<div role=\"alert\" id=\"briefing-build-errors\" style=\"position:sticky;top:0;z-index:99;")
                    .append("background:#7f1d1d;color:#fff;padding:1rem;font:14px/1.4 monospace;white-space:pre-wrap\">")
                    .append("<strong>The last edit broke the build; showing the last good site.</strong>\n");
            current.forEach(line -> banner.append(escape(line)).append('\n'));
            banner.append("</div>");
        }
        String script = "<script src=\"" + SCRIPT + "\" defer></script>";
        String withBanner = html.replaceFirst("(<body[^>]*>)", "$1" + java.util.regex.Matcher.quoteReplacement(banner.toString()));
        int end = withBanner.lastIndexOf("</body>");
        String out = end < 0 ? withBanner + script : withBanner.substring(0, end) + script + withBanner.substring(end);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        listeners.clear();
        server.stop(0);
        executor.shutdownNow();
    }
}
