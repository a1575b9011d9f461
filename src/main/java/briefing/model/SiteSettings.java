package briefing.model;

import java.util.Objects;

/**
 * Site-wide settings an editor owns ({@code content/site.yaml}).
 *
 * @param baseUrl  where the site is published, ending in {@code /}; empty when not set (links stay relative)
 * @param pageSize how many paragraphs, figures or statements a listing page holds before the next page
 */
public record SiteSettings(String title, String description, String language, String baseUrl, int pageSize,
                           SourceRef source) {

    public SiteSettings withBaseUrl(String newBaseUrl) {
        return new SiteSettings(title, description, language, newBaseUrl, pageSize, source);
    }

    public SiteSettings {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (pageSize < 5) {
            throw new IllegalArgumentException("page size must be at least 5, was " + pageSize);
        }
        if (!baseUrl.isEmpty() && !baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
    }
}
