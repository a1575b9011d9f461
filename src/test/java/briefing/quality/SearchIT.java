package briefing.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
