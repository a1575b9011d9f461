package briefing.model;

import java.util.Objects;

/**
 * Site-wide settings an editor owns ({@code content/site.yaml}).
 *
 * @param baseUrl where the site is published, ending in {@code /}; empty when not set (links stay relative)
 */
public record SiteSettings(String title, String description, String language, String baseUrl, SourceRef source) {

    public SiteSettings {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (!baseUrl.isEmpty() && !baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
    }
}
