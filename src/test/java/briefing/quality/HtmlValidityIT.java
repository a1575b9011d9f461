package briefing.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Every page of the baked site passes the Nu Html Checker (the W3C's validator) with no error or warning. */
class HtmlValidityIT {

    @Test
    void everyPagePassesTheNuHtmlChecker() throws Exception {
        List<String> findings = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            private String page = "";

            @Override
            public void warning(SAXParseException e) {
                findings.add(where(e) + ": warning: " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                findings.add(where(e) + ": error: " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                findings.add(where(e) + ": fatal: " + e.getMessage());
            }

            private String where(SAXParseException e) {
                return String.valueOf(e.getSystemId()).replaceFirst("^.*/site-output/", "") + ":" + e.getLineNumber() + ":" + e.getColumnNumber();
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, true);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collect);
        validator.setUpValidatorAndParsers(collect, true, false);

        List<Path> pages = QualitySite.pages();
        for (Path page : pages) {
            validator.checkHtmlFile(page.toFile(), true);
        }

        assertEquals(List.of(), findings.stream().limit(25).toList(),
                findings.size() + " findings on " + pages.size() + " pages (first 25 shown)");
    }
}
