package briefing.pipeline;

import briefing.bake.JBakeBaker;
import briefing.memo.Memo;
import briefing.publish.LinkChecker;
import briefing.publish.Publisher;
import briefing.site.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * What a warm process (the preview) keeps between builds of one project, so that the next build
 * re-renders only the pages an edit affects: its own staging tree and baked site, and for each page the
 * content file and prepared model it was last baked from. Anything in doubt (the first build, a failed
 * one, a template or site-wide change) makes the next build a full one. An incremental build must equal
 * a full build byte for byte; {@code IncrementalBuildTest} holds that.
 */
public final class WarmState implements AutoCloseable {

    /**
     * One page as last baked: the page, its content file (relative to the staging content folder), text
     * and model as the template saw it.
     */
    record Baked(Page page, String contentFile, String text, Map<String, Object> view) {
    }

    private final Path folder;
    private final LinkChecker.Cache links = new LinkChecker.Cache();
    private final Memo memo = Memo.keeping();
    private final JBakeBaker.Kept jbake = new JBakeBaker.Kept();
    private boolean valid;
    private Map<String, Object> site = Map.of();
    private String templates = "";
    private Map<String, Baked> pages = Map.of();
    private Set<String> assets = Set.of();
    private Path mirroredInto;

    public WarmState() {
        try {
            folder = Files.createTempDirectory("briefing-warm-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a work folder for incremental builds", e);
        }
    }

    Path staging() {
        return folder.resolve("staging");
    }

    Path baked() {
        return folder.resolve("baked");
    }

    /** The parts (parses, analysis, pages, data files, charts) kept from the last build for the next. */
    Memo memo() {
        return memo;
    }

    /** JBake's store and parsed templates, kept between the bakes of this staging tree. */
    JBakeBaker.Kept jbake() {
        return jbake;
    }

    LinkChecker.Cache links() {
        return links;
    }

    /** Whether the last build succeeded and was made from this site model and these templates. */
    boolean continuesFrom(Map<String, Object> site, String templates) {
        return valid && this.site.equals(site) && this.templates.equals(templates);
    }

    Map<String, Baked> pages() {
        return pages;
    }

    Set<String> assets() {
        return assets;
    }

    /** Called before a build changes the work folders: until {@link #built} the state is not to be trusted. */
    void invalidate() {
        valid = false;
    }

    /** Whether the last build's result was mirrored into {@code output} (so only its changes need copying). */
    boolean mirroredInto(Path output) {
        return valid && output.equals(mirroredInto);
    }

    void built(Map<String, Object> site, String templates, Map<String, Baked> pages, Set<String> assets, Path mirroredInto) {
        this.mirroredInto = mirroredInto;
        this.site = site;
        this.templates = templates;
        this.pages = Map.copyOf(pages);
        this.assets = Set.copyOf(assets);
        this.valid = true;
    }

    @Override
    public void close() {
        valid = false;
        memo.forgetAll();
        try {
            jbake.close();
        } finally {
            Publisher.deleteTree(folder);
        }
    }
}
