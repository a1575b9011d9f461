package briefing.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core in headless Chromium finds no WCAG 2.0/2.1/2.2 A and AA violation: every page at desk width in
 * light mode, and the fullest page of each family (same folder shape: every glossary entry, every
 * statement...) in the three other modes, phone width and dark. A family's pages share one template, and
 * its fullest page holds the most of what differs (axe takes about a second a page on two cores: all
 * pages in all four modes took seven minutes, most of the test suite).
 */
class AccessibilityIT {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    @Test
    void everyPageHasNoAxeViolationsInLightAndDarkAtDeskAndPhoneWidths() {
        List<String> findings = new ArrayList<>();
        List<Path> all = QualitySite.pages();
        List<Path> fullest = fullestOfEachFamily(all);
        for (int[] size : new int[][] {{1280, 900}, {390, 844}}) {
            ChromeDriver driver = Browser.start(size[0], size[1]);
            try {
                for (String scheme : List.of("light", "dark")) {
                    Browser.colorScheme(driver, scheme);
                    for (Path page : size[0] == 1280 && scheme.equals("light") ? all : fullest) {
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

    /** The largest page of each family: pages whose paths have the same shape (folders other than the last). */
    static List<Path> fullestOfEachFamily(List<Path> pages) {
        Map<String, Path> fullest = new TreeMap<>();
        for (Path page : pages) {
            Path relative = QualitySite.site().relativize(page);
            String family = relative.getNameCount() <= 2 ? relative.toString()
                    : relative.getName(0) + "/*/" + relative.getFileName() + "#" + relative.getNameCount();
            fullest.merge(family, page, (a, b) -> size(b) > size(a) ? b : a);
        }
        return List.copyOf(fullest.values());
    }

    private static long size(Path page) {
        try {
            return Files.size(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
