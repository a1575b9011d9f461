package briefing.site;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One page to bake: JBake bakes a content file at {@code path + "index." + extension} with the
 * {@code type}'s template, and the template reads {@code model} as {@code page}.
 *
 * @param path      the page's folder in the site, {@code ""} for the home page, else ending in {@code /}
 * @param body      the content file's body (Markdown for {@code md}), rendered by JBake as {@code content.body}
 * @param extension {@code html} or {@code md}: which JBake markup engine reads the body
 */
public record Page(String path, String type, String title, LocalDate date, String extension, String body,
                   Map<String, Object> model) {

    public Page {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(body, "body");
        model = Map.copyOf(model);
        if (!path.isEmpty() && !path.endsWith("/") || path.startsWith("/") || path.contains("..")) {
            throw new IllegalArgumentException("page path must be relative, end in '/' and stay inside the site: " + path);
        }
        if (!extension.equals("html") && !extension.equals("md")) {
            throw new IllegalArgumentException("extension must be html or md: " + extension);
        }
    }

    /** The output file JBake writes for this page, relative to the site root. */
    public String outputFile() {
        return path + "index.html";
    }

    /** How many {@code ../} lead from this page back to the site root. */
    public String root() {
        return "../".repeat((int) path.chars().filter(c -> c == '/').count());
    }
}
