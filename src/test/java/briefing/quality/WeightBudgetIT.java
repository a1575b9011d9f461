package briefing.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The weight budget: each HTML page at most 60 KB (charts apart), its CSS and JS together at most 50 KB. */
class WeightBudgetIT {

    private static final long HTML_BUDGET = 60 * 1024;
    private static final long CSS_JS_BUDGET = 50 * 1024;

    @Test
    void everyPageStaysWithinItsBudget() throws Exception {
        List<String> over = new ArrayList<>();
        for (Path page : QualitySite.pages()) {
            long html = Files.size(page);
            if (html > HTML_BUDGET) {
                over.add(QualitySite.site().relativize(page) + ": HTML " + html + " bytes");
            }
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            long assets = 0;
            for (Element e : doc.select("link[rel=stylesheet][href], script[src]")) {
                String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                assets += Files.size(page.getParent().resolve(ref).normalize());
            }
            if (assets > CSS_JS_BUDGET) {
                over.add(QualitySite.site().relativize(page) + ": CSS+JS " + assets + " bytes");
            }
        }
        assertEquals(List.of(), over);
    }
}
