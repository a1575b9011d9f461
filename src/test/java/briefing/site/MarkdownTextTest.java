package briefing.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Search snippets show an editor's Markdown as a reader reads it. */
class MarkdownTextTest {

    @Test
    void emphasisLinksFootnotesAndTablesBecomeTheirWords() {
        String markdown = """
                The **US$150 billion by 2030** goal, in [the joint statement](../statements/x/#p4).[^1]

                | Year | Target |
                | --- | --- |
                | 2030 | US$150 billion |

                [^1]: Stated in _both_ texts.
                """;

        assertEquals("The US$150 billion by 2030 goal, in the joint statement. Year Target 2030 US$150 billion "
                + "Stated in both texts.", MarkdownText.plain(markdown));
    }
}
