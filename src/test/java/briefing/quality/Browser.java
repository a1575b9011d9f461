package briefing.quality;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its ChromeDriver (both installed by {@code .ci/run}), with the
 * flags this closed network needs; Selenium never downloads a browser or driver.
 */
final class Browser {

    /** The browser: $BRIEFING_CHROMIUM, else Debian's chromium (what .ci/run installs). */
    static final File CHROMIUM = find("BRIEFING_CHROMIUM", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    /** Its driver: $BRIEFING_CHROMEDRIVER, else Debian's chromium-driver. */
    static final File CHROMEDRIVER = find("BRIEFING_CHROMEDRIVER", "/usr/bin/chromedriver");

    private static File find(String variable, String... candidates) {
        String given = System.getenv(variable);
        if (given != null && !given.isBlank()) {
            return new File(given);
        }
        for (String candidate : candidates) {
            if (new File(candidate).canExecute()) {
                return new File(candidate);
            }
        }
        return new File(candidates[0]);
    }

    private Browser() {
    }

    static ChromeDriver start(int width, int height) {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            throw new IllegalStateException("headless Chromium is needed: apt-get install chromium chromium-driver (.ci/run does)");
        }
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--allow-file-access-from-files", "--window-size=" + width + "," + height,
                    "--user-data-dir=" + Files.createTempDirectory("briefing-chromium-"));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
            return new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Emulates the reader's dark or light colour-scheme preference. */
    static void colorScheme(ChromeDriver driver, String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }
}
