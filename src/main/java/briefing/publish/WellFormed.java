package briefing.publish;

import briefing.diag.Diagnostics;
import briefing.model.SourceRef;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The XML (feeds, sitemap) and JSON (data files) of a baked site parse, checked before it is published.
 * The build writes them itself, so one that does not parse is a bug in briefing or a template, not in the
 * editors' input: it is reported as an internal error at the file's line and column, and nothing is
 * published. XML is read by the JDK's parser with document types refused; JSON by Jackson's streaming
 * parser, which must find exactly one value.
 */
public final class WellFormed {

    private static final JsonFactory JSON = new JsonFactory();
    private static final String HINT = "this is a bug in briefing or a template, not in the input; please report it";

    private final Path site;
    private final String displayPrefix;

    /** {@code displayPrefix} is how diagnostics name the site folder (e.g. {@code site-output}). */
    public WellFormed(Path site, String displayPrefix) {
        this.site = site;
        this.displayPrefix = displayPrefix;
    }

    /** Checks every XML and JSON file of the site. */
    public void checkAll(Diagnostics diagnostics) {
        try (Stream<Path> files = Files.walk(site)) {
            check(files.filter(Files::isRegularFile).map(f -> site.relativize(f).toString().replace('\\', '/')).sorted().toList(),
                    diagnostics);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + site, e);
        }
    }

    /** Checks these files (paths relative to the site) that are XML or JSON; others are left alone. */
    public void check(Collection<String> files, Diagnostics diagnostics) {
        for (String relative : files) {
            Path file = site.resolve(relative);
            if (relative.endsWith(".xml")) {
                xml(file, relative, diagnostics);
            } else if (relative.endsWith(".json")) {
                json(file, relative, diagnostics);
            }
        }
    }

    private void xml(Path file, String relative, Diagnostics diagnostics) {
        try {
            parser().parse(file.toFile(), new DefaultHandler());
        } catch (SAXParseException e) {
            report(relative, e.getLineNumber(), e.getColumnNumber(), "XML", e.getMessage(), diagnostics);
        } catch (SAXException e) {
            report(relative, 0, 0, "XML", e.getMessage(), diagnostics);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private void json(Path file, String relative, Diagnostics diagnostics) {
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            if (parser.nextToken() == null) {
                report(relative, 1, 1, "JSON", "the file holds no value", diagnostics);
                return;
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                report(relative, parser.currentTokenLocation().getLineNr(), parser.currentTokenLocation().getColumnNr(), "JSON",
                        "more than one value", diagnostics);
            }
        } catch (JsonProcessingException e) {
            // Jackson appends where an open array or object started, naming no source: the line and column say enough.
            report(relative, e.getLocation().getLineNr(), e.getLocation().getColumnNr(), "JSON",
                    e.getOriginalMessage().replaceFirst("\\s*\\(for \\w+ starting at .*$", ""), diagnostics);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private void report(String relative, int line, int column, String kind, String problem, Diagnostics diagnostics) {
        diagnostics.error(new SourceRef(displayPrefix + "/" + relative, Math.max(line, 0), Math.max(column, 0)),
                "internal error: not well-formed " + kind + ": " + List.of(problem.split("\n")).get(0), HINT);
    }

    private static SAXParser parser() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newSAXParser();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser is always available", e);
        }
    }
}
