package briefing.bake;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;

/**
 * JBake's content store with its queries answered from memory. Stock JBake re-queries every document
 * of a type from OrientDB for each page it renders (for previous/next links) and issues one SQL UPDATE
 * per rendered document, which grows quadratically with the site. Here each query reads an in-memory
 * list kept sorted as JBake expects (newest first), and marking a page rendered costs nothing: every
 * bake starts from a cleared store anyway. OrientDB still starts (JBake's {@code Oven} requires its
 * schema) but holds no documents; in a long-running preview it is started once and kept warm.
 *
 * <p>Given to JBake through {@code new Oven(Utensils)}, JBake's own injection point; everything else
 * (crawler, parser, Flexmark, renderer, template engines, assets) is JBake's.
 */
final class MemoryContentStore extends ContentStore {

    private static final Comparator<DocumentModel> NEWEST_FIRST = Comparator
            .comparing((DocumentModel d) -> d.getDate(), Comparator.nullsLast(Comparator.<Date>reverseOrder()))
            .thenComparing(d -> String.valueOf(d.getSourceuri()));

    private final Map<String, DocumentModel> byUri = new LinkedHashMap<>();
    private boolean started;
    private List<DocumentModel> sorted;
    private final Map<String, DocumentList<DocumentModel>> byType = new HashMap<>();

    private static final AtomicInteger STORES = new AtomicInteger();

    /** Where the last bake from this store went, once it succeeded; null while baking or after a failure. */
    private Path bakedInto;

    MemoryContentStore() {
        super("memory", "briefing-" + STORES.incrementAndGet());
    }

    boolean continues(Path output) {
        return output.equals(bakedInto);
    }

    void bakingInto(Path output) {
        bakedInto = output;
    }

    @Override
    public void startup() {
        if (!started) {
            // A throw-away in-memory database whose default users never leave this process: hashing
            // their passwords 65,536 times (OrientDB's default) only costs start-up time.
            System.setProperty("security.userPasswordSaltIterations", "1"); // read when OrientDB loads
            super.startup();
            started = true;
        }
    }

    /** Kept open between bakes of one process; {@link #dispose()} closes it for good. */
    @Override
    public void close() {
        // stays warm for the next bake
    }

    void dispose() {
        if (started) {
            super.close();
            started = false;
        }
    }

    /**
     * Clears the store for a full bake. An incremental bake ({@code needed} false) keeps it: JBake's
     * crawler reads the content files of the pages to render again (a folder of just those), and
     * {@link #expect} has already marked the ones whose file is unchanged but whose prepared model changed. (JBake's own template-signature check is not needed: a template
     * change makes the caller bake in full.)
     */
    @Override
    public void updateAndClearCacheIfNeeded(boolean needed, File templateFolder) {
        if (needed) {
            byUri.clear();
            sorted = null;
        }
    }

    /** Before an incremental bake: pages to render again though their file is unchanged, pages gone. */
    void expect(Set<String> rerender, Set<String> removed) {
        for (String uri : rerender) {
            DocumentModel document = byUri.get(uri);
            if (document != null) {
                document.setRendered(false);
            }
        }
        byUri.keySet().removeAll(removed);
        sorted = null;
    }

    @Override
    public void addDocument(DocumentModel document) {
        byUri.put(document.getSourceuri(), document);
        sorted = null;
    }

    @Override
    public void deleteContent(String uri) {
        byUri.remove(uri);
        sorted = null;
    }

    @Override
    public void deleteAllByDocType(String docType) {
        byUri.values().removeIf(d -> docType.equals(d.getType()));
        sorted = null;
    }

    @Override
    public void markContentAsRendered(DocumentModel document) {
        document.setRendered(true);
    }

    /** Asked once per crawled file: a map lookup, not a scan. */
    @Override
    public DocumentList<DocumentModel> getDocumentStatus(String uri) {
        DocumentList<DocumentModel> out = new DocumentList<>();
        DocumentModel document = byUri.get(uri);
        if (document != null) {
            out.add(document);
        }
        return out;
    }

    @Override
    public DocumentList<DocumentModel> getDocumentByUri(String uri) {
        return getDocumentStatus(uri);
    }

    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        return list(d -> !Boolean.TRUE.equals(d.getRendered()));
    }

    /** Asked once per rendered page (for previous/next links): answered from a list built once per bake. */
    @Override
    public DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
        DocumentList<DocumentModel> all = byType.computeIfAbsent(docType, t -> new IndexedList(list(d -> t.equals(d.getType()))));
        return page(all, applyPaging);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedContent(String docType) {
        return list(d -> docType.equals(d.getType()) && "published".equals(d.getStatus()));
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts(boolean applyPaging) {
        return page(getPublishedContent("post"), applyPaging);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPages() {
        return getPublishedContent("page");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPostsByTag(String tag) {
        return list(d -> "post".equals(d.getType()) && "published".equals(d.getStatus()) && hasTag(d, tag));
    }

    @Override
    public DocumentList<DocumentModel> getPublishedDocumentsByTag(String tag) {
        return list(d -> "published".equals(d.getStatus()) && hasTag(d, tag));
    }

    @Override
    public long getDocumentCount(String docType) {
        return byUri.values().stream().filter(d -> docType.equals(d.getType())).count();
    }

    @Override
    public long getPublishedCount(String docType) {
        return getPublishedContent(docType).size();
    }

    @Override
    public Set<String> getTags() {
        return tags(d -> "post".equals(d.getType()));
    }

    @Override
    public Set<String> getAllTags() {
        return tags(d -> true);
    }

    private Set<String> tags(Predicate<DocumentModel> which) {
        Set<String> tags = new TreeSet<>();
        byUri.values().stream().filter(which).filter(d -> "published".equals(d.getStatus()))
                .forEach(d -> tags.addAll(Arrays.asList(Objects.requireNonNullElse(d.getTags(), new String[0]))));
        return tags;
    }

    private static boolean hasTag(DocumentModel d, String tag) {
        return d.getTags() != null && Arrays.asList(d.getTags()).contains(tag);
    }

    private DocumentList<DocumentModel> list(Predicate<DocumentModel> which) {
        if (sorted == null) {
            byType.clear();
            sorted = new ArrayList<>(byUri.values());
            sorted.sort(NEWEST_FIRST);
        }
        DocumentList<DocumentModel> out = new DocumentList<>();
        for (DocumentModel d : sorted) {
            if (which.test(d)) {
                out.add(d);
            }
        }
        return out;
    }

    private DocumentList<DocumentModel> page(DocumentList<DocumentModel> all, boolean applyPaging) {
        if (!applyPaging || getStart() < 0 || getLimit() < 0) {
            return all;
        }
        DocumentList<DocumentModel> out = new DocumentList<>();
        all.stream().skip(getStart()).limit(getLimit()).forEach(out::add);
        return out;
    }

    /**
     * JBake's renderer asks each page's position in its type's list ({@code indexOf}, then {@code get} of
     * a neighbour): on a plain {@link DocumentList} (a linked list of hash maps compared by value) both are
     * linear, which makes rendering quadratic. Here both are constant time; the elements are the same.
     */
    private static final class IndexedList extends DocumentList<DocumentModel> {
        private final List<DocumentModel> byIndex;
        private final Map<DocumentModel, Integer> index = new IdentityHashMap<>();

        IndexedList(List<DocumentModel> documents) {
            addAll(documents);
            byIndex = new ArrayList<>(documents);
            for (int i = 0; i < byIndex.size(); i++) {
                index.putIfAbsent(byIndex.get(i), i);
            }
        }

        @Override
        public int indexOf(Object o) {
            Integer i = index.get(o);
            return i != null ? i : super.indexOf(o);
        }

        @Override
        public DocumentModel get(int i) {
            return byIndex.get(i);
        }
    }
}
