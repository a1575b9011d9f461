package briefing.analyze;

import briefing.model.Paragraph;
import briefing.model.ParagraphRef;
import briefing.model.Related;
import briefing.model.Statement;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * For each paragraph, the most similar paragraphs of other statements ("Also said in ..."), found with
 * Lucene's MoreLikeThis over an in-memory index of every paragraph (English stemming, TF-IDF-weighted
 * terms). A score is the match's share of the paragraph's score against itself, so one threshold fits
 * short and long paragraphs alike. Relations are made mutual (A lists B whenever B lists A) and ordered
 * by score then id, so the result is deterministic. One query per paragraph: never all pairs.
 */
public final class RelatedParagraphs {

    private static final String STATEMENT = "statement";
    private static final String TEXT = "text";

    private RelatedParagraphs() {
    }

    /**
     * Paragraphs shorter than this say too little to be "the same passage in other words": a photo tag
     * line or a one-line lead would otherwise be related to any paragraph sharing a country's name.
     */
    static final int MIN_WORDS = 8;

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    /**
     * Related paragraphs within each partnership only: a Vietnam–Japan statement's paragraph is never "also
     * said in" a Korea–Indonesia one, however alike their words. Statements whose parties are unknown are
     * related among themselves.
     */
    public static Map<ParagraphRef, List<Related>> withinPartnerships(List<Statement> statements, double minScore, int max) {
        Map<List<String>, List<Statement>> byPartnership = new java.util.TreeMap<>(Comparator.comparing(String::valueOf));
        for (Statement s : statements) {
            byPartnership.computeIfAbsent(s.parties().partnership(), k -> new ArrayList<>()).add(s);
        }
        Map<ParagraphRef, List<Related>> out = new HashMap<>();
        byPartnership.values().forEach(group -> out.putAll(find(group, minScore, max)));
        return out;
    }

    public static Map<ParagraphRef, List<Related>> find(List<Statement> statements, double minScore, int max) {
        List<ParagraphRef> refs = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Statement s : statements) {
            for (Paragraph p : s.paragraphs()) {
                refs.add(new ParagraphRef(s.id(), p.anchor()));
                texts.add(p.text());
            }
        }
        Map<ParagraphRef, Map<ParagraphRef, Double>> scores = new HashMap<>();
        try (Analyzer analyzer = new EnglishAnalyzer(); ByteBuffersDirectory directory = new ByteBuffersDirectory(
                new SingleInstanceLockFactory(), ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER)) {
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(256);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (int i = 0; i < refs.size(); i++) {
                    Document doc = new Document();
                    doc.add(new StringField(STATEMENT, refs.get(i).statementId(), Field.Store.NO));
                    doc.add(new TextField(TEXT, texts.get(i), Field.Store.NO));
                    writer.addDocument(doc);
                }
                writer.forceMerge(1);
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                // One segment, no deletions: document i is paragraph i.
                if (reader.leaves().size() > 1 || reader.maxDoc() != refs.size()) {
                    throw new IllegalStateException("the paragraph index must be one segment of every paragraph");
                }
                Search search = new Search(new IndexSearcher(reader), mlt(reader, analyzer), refs, texts, max * 2,
                        new ConcurrentHashMap<>());
                // Queries are independent: run them on every core, then merge in paragraph order (deterministic).
                List<List<Match>> found = IntStream.range(0, refs.size()).parallel().mapToObj(search::matches).toList();
                boolean[] tooShort = new boolean[texts.size()];
                for (int i = 0; i < texts.size(); i++) {
                    tooShort[i] = words(texts.get(i)) < MIN_WORDS;
                }
                for (int i = 0; i < found.size(); i++) {
                    for (Match m : found.get(i)) {
                        if (m.share() >= minScore && !tooShort[i] && !tooShort[m.doc()]) {
                            scores.computeIfAbsent(refs.get(i), k -> new HashMap<>()).merge(refs.get(m.doc()), m.share(), Math::max);
                            scores.computeIfAbsent(refs.get(m.doc()), k -> new HashMap<>()).merge(refs.get(i), m.share(), Math::max);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory index cannot fail to write", e);
        }
        Map<ParagraphRef, List<Related>> out = new HashMap<>();
        scores.forEach((ref, related) -> out.put(ref, related.entrySet().stream()
                .map(e -> new Related(e.getKey(), Math.round(e.getValue() * 1000) / 1000.0))
                .sorted(Comparator.comparingDouble(Related::score).reversed().thenComparing(r -> r.paragraph().toString()))
                .limit(max)
                .toList()));
        return out;
    }

    private static MoreLikeThis mlt(DirectoryReader reader, Analyzer analyzer) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[] {TEXT});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(1);
        mlt.setMinWordLen(2);
        mlt.setMaxQueryTerms(30);
        return mlt;
    }

    /** A paragraph of another statement and its score as a share of the querying paragraph's self-score. */
    private record Match(int doc, double share) {
    }

    /** The search for one paragraph's nearest paragraphs in other statements. */
    private record Search(IndexSearcher searcher, MoreLikeThis mlt, List<ParagraphRef> refs, List<String> texts, int window,
                         Map<String, TopDocs> hitsByText) {

        /** Room for the paragraph's own statement in one unfiltered search before a filtered one is needed. */
        private static final int OWN_STATEMENT_ROOM = 16;

        List<Match> matches(int i) {
            try {
                String text = texts.get(i);
                String statement = refs.get(i).statementId();
                // Usually one search gives both the self-score (the paragraph itself ranks first) and the
                // best paragraphs of other statements; the slower explain and filtered search are fallbacks.
                // Paragraphs with the same words ask the same query: its hits are searched for once.
                TopDocs top = hitsByText.get(text);
                Query like = null;
                if (top == null) {
                    like = like(text);
                    top = top(like, window + OWN_STATEMENT_ROOM);
                    hitsByText.put(text, top);
                }
                float self = -1;
                List<ScoreDoc> others = new ArrayList<>();
                for (ScoreDoc hit : top.scoreDocs) {
                    if (hit.doc == i) {
                        self = hit.score;
                        continue;
                    }
                    if (self < 0 && texts.get(hit.doc).equals(text)) {
                        self = hit.score; // the same words score the same
                    }
                    if (!refs.get(hit.doc).statementId().equals(statement) && others.size() < window) {
                        others.add(hit);
                    }
                }
                if (self < 0) {
                    like = like != null ? like : like(text);
                    self = searcher.explain(like, i).getValue().floatValue();
                }
                if (self <= 0) {
                    return List.of();
                }
                if (others.size() < window && top.totalHits.value > top.scoreDocs.length) {
                    like = like != null ? like : like(text);
                    Query notOwn = new BooleanQuery.Builder()
                            .add(like, BooleanClause.Occur.MUST)
                            .add(new TermQuery(new Term(STATEMENT, statement)), BooleanClause.Occur.MUST_NOT)
                            .build();
                    others = List.of(top(notOwn, window).scoreDocs);
                }
                List<Match> matches = new ArrayList<>();
                for (ScoreDoc hit : others) {
                    matches.add(new Match(hit.doc, hit.score / self));
                }
                return matches;
            } catch (IOException e) {
                throw new UncheckedIOException("an in-memory index cannot fail to read", e);
            }
        }

        /**
         * The best {@code n} hits. Hits are counted exactly only up to {@code n + 1} (Lucene's default
         * counts a thousand): past that, whole blocks of documents that cannot reach the top are skipped,
         * and all that is asked of the count is whether there are more than {@code n}. The same hits.
         */
        private TopDocs top(Query query, int n) throws IOException {
            return searcher.search(query, new TopScoreDocCollectorManager(n, n + 1));
        }

        private Query like(String text) throws IOException {
            return mlt.like(TEXT, new StringReader(text));
        }
    }
}
