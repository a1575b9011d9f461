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
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
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
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * For each paragraph, the most similar paragraphs of other statements ("Also said in ..."), found with
 * Lucene's MoreLikeThis over an in-memory index of every paragraph (English stemming, TF-IDF-weighted
 * terms). A score is the match's share of the paragraph's score against itself, so one threshold fits
 * short and long paragraphs alike. Relations are made mutual (A lists B whenever B lists A) and ordered
 * by score then id, so the result is deterministic. One query per paragraph: never all pairs.
 */
public final class RelatedParagraphs {

    private static final String ID = "id";
    private static final String STATEMENT = "statement";
    private static final String TEXT = "text";

    private RelatedParagraphs() {
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
        try (Analyzer analyzer = new EnglishAnalyzer(); ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(256);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (int i = 0; i < refs.size(); i++) {
                    Document doc = new Document();
                    doc.add(new StoredField(ID, i));
                    doc.add(new StringField(STATEMENT, refs.get(i).statementId(), Field.Store.NO));
                    doc.add(new TextField(TEXT, texts.get(i), Field.Store.NO));
                    writer.addDocument(doc);
                }
                writer.forceMerge(1);
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                MoreLikeThis mlt = new MoreLikeThis(reader);
                mlt.setAnalyzer(analyzer);
                mlt.setFieldNames(new String[] {TEXT});
                mlt.setMinTermFreq(1);
                mlt.setMinDocFreq(1);
                mlt.setMinWordLen(2);
                mlt.setMaxQueryTerms(30);
                for (int i = 0; i < refs.size(); i++) {
                    Query like = mlt.like(TEXT, new StringReader(texts.get(i)));
                    // One segment, no deletions: document i is paragraph i.
                    float self = searcher.explain(like, i).getValue().floatValue();
                    if (self <= 0) {
                        continue;
                    }
                    Query others = new BooleanQuery.Builder()
                            .add(like, BooleanClause.Occur.MUST)
                            .add(new TermQuery(new Term(STATEMENT, refs.get(i).statementId())), BooleanClause.Occur.MUST_NOT)
                            .build();
                    for (ScoreDoc hit : searcher.search(others, max * 2).scoreDocs) {
                        double share = hit.score / self;
                        if (share >= minScore) {
                            int j = searcher.storedFields().document(hit.doc).getField(ID).numericValue().intValue();
                            scores.computeIfAbsent(refs.get(i), k -> new HashMap<>()).merge(refs.get(j), share, Math::max);
                            scores.computeIfAbsent(refs.get(j), k -> new HashMap<>()).merge(refs.get(i), share, Math::max);
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
}
