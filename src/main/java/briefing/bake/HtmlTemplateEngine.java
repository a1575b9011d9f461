package briefing.bake;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * JBake's Freemarker engine made safe, registered for {@code .ftlh} templates (Freemarker's own
 * extension for HTML). JBake's engine configures Freemarker with no output format, so {@code ${x}} prints
 * raw markup; here every template auto-escapes HTML, a template error stops the page instead of being
 * printed into it, templates cannot instantiate classes, and the HTML JBake renders from Markdown is
 * sanitized ({@link BodySanitizer}) before any template sees it. A template sees only {@code page}, the
 * prepared model of its page, {@code site}, and {@code content.body}, its page's rendered body; none of
 * JBake's model ({@code config}, {@code db}, its listings).
 *
 * <p>JBake creates engines by reflection with this constructor; the models arrive through its
 * configuration (see {@link JBakeBaker}).
 */
public final class HtmlTemplateEngine extends AbstractTemplateEngine {

    static final String PAGES_PROPERTY = "briefing.pages";
    static final String SITE_PROPERTY = "briefing.site";
    static final String ERRORS_PROPERTY = "briefing.templateErrors";
    static final String PAGE_KEY_HEADER = "pagekey";

    private final Configuration freemarker;

    /** The bake's parsed templates: a Freemarker configuration ({@link #configuration}), set by the baker. */
    static final String TEMPLATES_PROPERTY = "briefing.templates";

    public HtmlTemplateEngine(JBakeConfiguration config, ContentStore db) {
        super(config, db);
        freemarker = (Configuration) config.get(TEMPLATES_PROPERTY);
    }

    /** A Freemarker configuration that reads the templates in {@code templates}, escaping HTML, locked down. */
    static Configuration configuration(File templates) {
        Configuration freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
        freemarker.setRecognizeStandardFileExtensions(true);
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputEncoding("UTF-8");
        freemarker.setLocale(Locale.ENGLISH);
        freemarker.setTimeZone(TimeZone.getTimeZone("UTC"));
        freemarker.setNumberFormat("computer");
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setTabSize(1); // columns in errors count characters, as an editor's do (the default counts a tab as 8)
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setAPIBuiltinEnabled(false);
        freemarker.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        freemarker.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        try {
            freemarker.setDirectoryForTemplateLoading(templates);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read templates from " + templates, e);
        }
        return freemarker;
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        try {
            Template template = freemarker.getTemplate(templateName);
            Object pageKey = pageKeyOf(model);
            Map<?, ?> pages = (Map<?, ?>) config.get(PAGES_PROPERTY);
            Object page = pages == null || pageKey == null ? null : pages.get(pageKey);
            if (page == null) {
                throw new RenderingException("no prepared model for page '" + pageKey + "' (template " + templateName + ")");
            }
            String body = model.getContent() == null || model.getContent().getBody() == null ? ""
                    // Editors' Markdown, rendered by JBake: only safe HTML reaches the page.
                    : BodySanitizer.clean(model.getContent().getBody());
            // Only our prepared model: JBake's own (its configuration, with every system property, and its
            // database, whose address changes from run to run) never reaches a template.
            Map<String, Object> templateModel = new HashMap<>();
            templateModel.put("page", page);
            templateModel.put("site", config.get(SITE_PROPERTY));
            templateModel.put("content", Map.of("body", body));
            template.process(templateModel, writer);
        } catch (TemplateException e) {
            String message = summary(e.getMessageWithoutStackTop());
            errors().add(new TemplateErrors.Failure(e.getTemplateSourceName(), lineOf(e.getLineNumber()),
                    lineOf(e.getColumnNumber()), message, String.valueOf(pageKeyOf(model))));
            throw new RenderingException(message);
        } catch (freemarker.core.ParseException e) { // a syntax error: Freemarker's own line and column, and its words
            String message = "syntax error: " + summary(e.getEditorMessage());
            errors().add(new TemplateErrors.Failure(e.getTemplateName() == null ? templateName : e.getTemplateName(),
                    e.getLineNumber(), e.getColumnNumber(), message, String.valueOf(pageKeyOf(model))));
            throw new RenderingException(message);
        } catch (IOException e) {
            errors().add(new TemplateErrors.Failure(templateName, 0, 0, summary(e.getMessage()), String.valueOf(pageKeyOf(model))));
            throw new RenderingException(e);
        }
    }

    private TemplateErrors errors() {
        return (TemplateErrors) config.get(ERRORS_PROPERTY);
    }

    private static Object pageKeyOf(TemplateModel model) {
        return model.getContent() == null ? null : model.getContent().get(PAGE_KEY_HEADER);
    }

    private static int lineOf(Integer number) {
        return number == null ? 0 : number;
    }

    /** Freemarker's explanation up to its tips and stack, on one line. */
    private static String summary(String message) {
        StringBuilder out = new StringBuilder();
        for (String line : (message == null ? "unknown error" : message).split("\n")) {
            String text = line.strip();
            if (text.startsWith("----") || text.startsWith("Tip:")) {
                break;
            }
            if (!text.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(text);
            }
        }
        return out.length() > 300 ? out.substring(0, 300) + "…" : out.toString();
    }
}
