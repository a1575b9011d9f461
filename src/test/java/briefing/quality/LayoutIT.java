package briefing.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What a reader sees at a phone's and a desktop's width, in headless Chromium: every column of a chart's
 * table, its sources above all, on screen at 390 px; no key-figure card alone on its row at 1280 px.
 */
class LayoutIT {

    /** Issue 13 #11: at 390 px the five-column development-finance table hid its Source column off screen. */
    @Test
    void onAPhoneEveryChartTableShowsItsSourcesOnScreen() {
        ChromeDriver driver = Browser.start(390, 900);
        try {
            driver.get(QualitySite.site().resolve("figures/index.html").toUri().toString());
            long viewport = ((Number) driver.executeScript("return document.documentElement.clientWidth;")).longValue();
            List<WebElement> tables = driver.findElements(By.cssSelector(".chart table"));
            assertFalse(tables.isEmpty());
            for (WebElement table : tables) {
                List<WebElement> links = table.findElements(By.cssSelector("tbody td a"));
                assertFalse(links.isEmpty(), "each plotted value links to its paragraph");
                for (WebElement link : links) {
                    Map<?, ?> box = (Map<?, ?>) driver.executeScript(
                            "var r = arguments[0].getBoundingClientRect(); return {left: r.left, right: r.right};", link);
                    double right = ((Number) box.get("right")).doubleValue();
                    assertTrue(((Number) box.get("left")).doubleValue() >= 0 && right <= viewport,
                            "'" + link.getText() + "' is on screen (right edge " + right + " of " + viewport + ")");
                }
                // Each value still says which column it is in.
                WebElement source = table.findElement(By.cssSelector("tbody tr td:last-child"));
                Object label = driver.executeScript("return getComputedStyle(arguments[0], '::before').content;", source);
                assertTrue(String.valueOf(label).contains("Source: "), "the cell says it is the source: " + label);
            }
        } finally {
            driver.quit();
        }
    }

    /** At 390 px a commitment's sentence had the browser's 40 px margins each side: a column of four words. */
    @Test
    void onAPhoneQuotedSentencesUseTheScreensWidth() {
        ChromeDriver driver = Browser.start(390, 900);
        try {
            driver.get(QualitySite.site().resolve("commitments/index.html").toUri().toString());
            WebElement item = driver.findElement(By.cssSelector(".commitment-item"));
            double quote = ((Number) driver.executeScript("return arguments[0].getBoundingClientRect().width;",
                    item.findElement(By.cssSelector("blockquote")))).doubleValue();
            double whole = ((Number) driver.executeScript("return arguments[0].getBoundingClientRect().width;", item)).doubleValue();
            assertTrue(quote >= 0.95 * whole, "the quote is " + quote + " px of its item's " + whole);
        } finally {
            driver.quit();
        }
    }

    /** Issue 13 #5: six key figures made a row of five and one alone; seven themes three, three and one. */
    @Test
    void onADesktopNoHomeCardIsAloneOnItsRow() {
        ChromeDriver driver = Browser.start(1280, 900);
        try {
            driver.get(QualitySite.site().resolve("index.html").toUri().toString());
            for (String list : List.of(".key-figures", ".cards")) {
                Map<Long, Integer> perRow = new TreeMap<>();
                for (WebElement card : driver.findElements(By.cssSelector(list + " > li"))) {
                    perRow.merge(((Number) driver.executeScript("return Math.round(arguments[0].getBoundingClientRect().top);", card))
                            .longValue(), 1, Integer::sum);
                }
                assertTrue(perRow.size() >= 2, list + ": " + perRow);
                assertFalse(perRow.values().stream().anyMatch(n -> n == 1), list + " rows: " + perRow.values());
                int first = perRow.values().iterator().next();
                assertEquals(first, perRow.values().stream().mapToInt(Integer::intValue).max().orElseThrow(), list + ": " + perRow.values());
            }
        } finally {
            driver.quit();
        }
    }
}
