package briefing.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core in headless Chromium finds no WCAG 2.0/2.1/2.2 A and AA violation on any page, at desk and
 * phone widths, in light and dark mode.
 */
class AccessibilityIT {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    @Test
    void everyPageHasNoAxeViolationsInLightAndDarkAtDeskAndPhoneWidths() {
        List<String> findings = new ArrayList<>();
        for (int[] size : new int[][] {{1280, 900}, {390, 844}}) {
            ChromeDriver driver = Browser.start(size[0], size[1]);
            try {
                for (String scheme : List.of("light", "dark")) {
                    Browser.colorScheme(driver, scheme);
                    for (Path page : QualitySite.pages()) {
                        driver.get(page.toUri().toString());
                        Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
                        if (results.getPasses().size() < 10) {
                            findings.add(page + ": axe did not run (" + results.getPasses().size() + " rules passed)");
                        }
                        for (Rule violation : results.getViolations()) {
                            findings.add(QualitySite.site().relativize(page) + " [" + size[0] + "px " + scheme + "] "
                                    + violation.getId() + ": " + violation.getHelp() + " (" + violation.getNodes().size() + "x, e.g. "
                                    + violation.getNodes().get(0).getTarget() + ")");
                        }
                    }
                }
            } finally {
                driver.quit();
            }
        }
        assertEquals(List.of(), findings.stream().limit(30).toList(), findings.size() + " violations (first 30 shown)");
    }
}
