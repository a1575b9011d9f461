package briefing.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Search with no server, in headless Chromium: the box on every page leads to results linking paragraphs. */
class SearchIT {

    @Test
    void searchFindsSemiconductorsAndLinksToTheParagraphs() {
        ChromeDriver driver = Browser.start(1280, 900);
        try {
            driver.get(QualitySite.site().resolve("index.html").toUri().toString());
            WebElement box = driver.findElement(By.id("site-q"));
            assertEquals("search", box.getAttribute("type"), "a search box on every page");

            driver.get(QualitySite.site().resolve("search/index.html").toUri() + "?q=semiconductors");
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());

            List<String> links = driver.findElements(By.cssSelector("#search-results li > a")).stream()
                    .map(a -> a.getAttribute("href")).toList();
            assertTrue(links.stream().anyMatch(l -> l.endsWith("statements/2025-08-11-seoul-joint-statement/#p7")), links.toString());
            assertTrue(driver.findElement(By.id("search-status")).getText().contains("semiconductors"));
        } finally {
            driver.quit();
        }
    }

    /** Issue 13 #9: a paragraph's snippet starts near the match, not at its first words, and marks it. */
    @Test
    void snippetsShowAndMarkTheMatchEvenDeepInALongParagraph() {
        ChromeDriver driver = Browser.start(390, 900);
        try {
            // KOMEC is 1,061 characters into paragraph 13 of the joint statement: past any snippet from the start.
            driver.get(QualitySite.site().resolve("search/index.html").toUri() + "?q=KOMEC");
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());
            WebElement p13 = driver.findElements(By.cssSelector("#search-results li")).stream()
                    .filter(li -> li.findElement(By.cssSelector("a")).getAttribute("href").endsWith("#p13")).findFirst().orElseThrow();
            String snippet = p13.findElement(By.cssSelector("p")).getText();
            assertTrue(snippet.startsWith("\u2026") && snippet.contains("(KOMEC)"), snippet);
            assertTrue(snippet.length() < 320, snippet);
            List<String> marked = p13.findElements(By.cssSelector("p mark")).stream().map(WebElement::getText).toList();
            assertEquals(List.of("KOMEC"), marked, "the match is marked, without its brackets");
            String text = paragraphText("statements/2025-08-11-seoul-joint-statement/#p13");
            String inner = snippet.substring(1, snippet.endsWith("\u2026") ? snippet.length() - 1 : snippet.length());
            assertTrue(text.contains(" " + inner + (snippet.endsWith("\u2026") ? " " : "")), "cut between words: " + snippet);

            // A note's snippet is its text, never its Markdown.
            driver.get(QualitySite.site().resolve("search/index.html").toUri() + "?q=2030");
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());
            String all = driver.findElement(By.id("search-results")).getText();
            assertFalse(all.contains("**"), all);
        } finally {
            driver.quit();
        }
    }

    private static String paragraphText(String id) {
        try {
            for (JsonNode doc : new ObjectMapper().readTree(QualitySite.site().resolve("data/search.json").toFile()).get("documents")) {
                if (doc.get("id").asText().equals(id)) {
                    return doc.get("text").asText();
                }
            }
            throw new AssertionError("no " + id + " in data/search.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
