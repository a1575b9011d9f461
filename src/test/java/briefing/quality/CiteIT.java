package briefing.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * "Cite" in headless Chromium on every statement page of every layout (prose report, numbered joint
 * statement, transcript, dateline report, multi-level action plan): each paragraph's button gives that
 * paragraph's own words as the quote, the statement and the paragraph's permanent URL. What the button
 * copies is caught by a stand-in clipboard, or read from the text box shown where copying is refused.
 */
class CiteIT {

    @Test
    void citeQuotesTheParagraphsOwnWordsOnEveryLayout() {
        List<Path> statements = statementPages();
        assertTrue(statements.size() >= 5, "every layout is in the quality site: " + statements);
        ChromeDriver driver = Browser.start(1280, 900);
        try {
            for (Path page : statements) {
                driver.get(page.toUri().toString());
                driver.executeScript("window.copied = null; if (navigator.clipboard) { navigator.clipboard.writeText ="
                        + " function (t) { window.copied = t; return Promise.resolve(); }; }");
                List<WebElement> paragraphs = driver.findElements(By.cssSelector("article.statement .para[id]"));
                assertFalse(paragraphs.isEmpty(), page.toString());
                String title = driver.findElement(By.cssSelector("article.statement")).getAttribute("data-title");
                for (WebElement para : List.of(paragraphs.get(0), paragraphs.get(paragraphs.size() / 2),
                        paragraphs.get(paragraphs.size() - 1))) {
                    String words = para.findElement(By.cssSelector(".para-text")).getText().strip();
                    para.findElement(By.cssSelector("button.cite-btn")).click();
                    String citation = copied(driver, para);

                    assertTrue(citation.startsWith("\u201c" + words + "\u201d\n"), page + ": " + citation);
                    assertFalse(citation.contains("Link to this paragraph"), citation);
                    assertTrue(citation.contains(title), citation);
                    assertTrue(citation.contains("#" + para.getAttribute("id") + " (accessed "), citation);
                    String number = para.getAttribute("data-number");
                    assertEquals(number != null, citation.contains(", paragraph " + number + "."), citation);
                }
            }
        } finally {
            driver.quit();
        }
    }

    private static String copied(ChromeDriver driver, WebElement para) {
        Object copied = driver.executeScript("var c = window.copied; window.copied = null; return c;");
        if (copied != null) {
            return copied.toString();
        }
        return para.findElement(By.cssSelector("textarea.cite-text")).getAttribute("value");
    }

    private static List<Path> statementPages() {
        try (Stream<Path> dirs = Files.list(QualitySite.site().resolve("statements"))) {
            return dirs.map(d -> d.resolve("index.html")).filter(Files::isRegularFile)
                    .filter(f -> !f.getParent().getFileName().toString().equals("page")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
