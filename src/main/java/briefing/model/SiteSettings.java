package briefing.model;

import java.util.List;
import java.util.Objects;

/**
 * Site-wide settings an editor owns ({@code content/site.yaml}).
 *
 * @param baseUrl  where the site is published, ending in {@code /}; empty when not set (links stay relative)
 * @param pageSize how many paragraphs, figures or statements a listing page holds before the next page
 * @param corrections where readers report an error (a web address or a {@code mailto:}), or null
 * @param partnerships the relationships the site covers; empty when the editors name none (every
 *                 statement is then welcome, whatever its parties)
 */
public record SiteSettings(String title, String description, String language, String baseUrl, int pageSize,
                           List<Partnership> partnerships, String corrections, SourceRef source) {

    public SiteSettings withBaseUrl(String newBaseUrl) {
        return new SiteSettings(title, description, language, newBaseUrl, pageSize, partnerships, corrections, source);
    }

    public SiteSettings {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(baseUrl, "baseUrl");
        partnerships = List.copyOf(partnerships);
        if (pageSize < 5) {
            throw new IllegalArgumentException("page size must be at least 5, was " + pageSize);
        }
        if (!baseUrl.isEmpty() && !baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
    }
}
