package org.cityreports.search.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.QueryBuilder;
import org.cityreports.persistence.DataDirectory;
import org.cityreports.report.control.PublishedReports;
import org.cityreports.search.control.SearchResults.ItemHit;
import org.cityreports.search.control.SearchResults.Place;
import org.cityreports.search.control.SearchResults.SentenceHit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The search index of this instance, in {@code search-index} under the data directory. It follows
 * the database, not events: before each search it compares the publication stamp with the one it
 * last indexed (one query) and, when they differ, adds the reports published since and removes the
 * ones superseded. So a missing index is rebuilt (in the background from start-up), and an instance
 * learns of what another instance published on the same database at its next search.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    /** Raise it when what a document holds changes: an index of another layout is built again. */
    static final String LAYOUT = "1";

    static final String TYPE = "type";
    static final String REPORT = "report";
    static final String CITY = "city";
    static final String CITY_ZH = "cityZh";
    static final String CITY_EN = "cityEn";
    static final String YEAR = "year";
    static final String PART = "part";
    static final String ANCHOR = "anchor";
    static final String KIND = "kind";
    static final String LABEL = "label";
    static final String VALUE = "value";
    static final String UNIT = "unit";
    static final String YEARS = "years";
    static final String SENTENCE = "sentence";
    static final String SECTION = "section";
    /** What a document is, in words as smartcn segments them: a match here ranks higher. */
    static final String TEXT = "text";
    /**
     * The same text in overlapping pairs of characters: what makes a match. Segmentation depends on
     * the words around ("地铁" alone is one word, in "地铁2号线" two characters), pairs do not.
     */
    static final String PAIRS = "pairs";
    /** Where it stands (city, year, section), in pairs: lets a query name a city or a year, weighs little. */
    static final String CONTEXT = "context";

    private static final float CONTEXT_WEIGHT = 0.3f;

    @Inject
    PublishedReports reports;

    @Resource
    ManagedExecutorService executor;

    private final Analyzer words = new SmartChineseAnalyzer();
    private final Analyzer pairs = new CJKAnalyzer(CharArraySet.EMPTY_SET);
    private final Analyzer analyzer = new PerFieldAnalyzerWrapper(words, Map.of(PAIRS, pairs, CONTEXT, pairs));
    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private volatile String indexedStamp;

    @PostConstruct
    void open() {
        openAt(DataDirectory.path().resolve("search-index"));
    }

    /** Opens the index kept in this directory (the benchmark's own). */
    void openAt(Path path) {
        try {
            writer = writer(path);
            Map<String, String> committed = new HashMap<>();
            Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
            if (data != null) {
                data.forEach(entry -> committed.put(entry.getKey(), entry.getValue()));
            }
            if (LAYOUT.equals(committed.get("layout"))) {
                indexedStamp = committed.get("stamp");
            } else {
                writer.deleteAll();
            }
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index", e);
        }
    }

    /**
     * The index is derived from the database, so nothing in it may keep the application from
     * starting: one it cannot read is built anew, and where the directory is held by another
     * process (two instances given one data directory) or cannot be written, this instance keeps
     * its index in memory.
     */
    private IndexWriter writer(Path path) throws IOException {
        try {
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            try {
                return new IndexWriter(directory, new IndexWriterConfig(analyzer));
            } catch (LockObtainFailedException e) {
                throw e;
            } catch (IOException | RuntimeException unreadable) {
                LOG.warning("The search index in " + path + " cannot be read (" + unreadable + "); it is built anew");
                directory.close();
                // the directory is the index's alone (search-index/ in the data directory)
                try (Stream<Path> files = Files.list(path)) {
                    for (Path file : files.toList()) {
                        Files.delete(file);
                    }
                }
                directory = FSDirectory.open(path);
                return new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(OpenMode.CREATE));
            }
        } catch (IOException e) {
            LOG.warning(
                    "The search index cannot be kept in " + path + " (" + e + "); this instance keeps it in memory");
            if (directory != null) {
                directory.close();
            }
            directory = new ByteBuffersDirectory();
            return new IndexWriter(directory, new IndexWriterConfig(analyzer));
        }
    }

    /**
     * Builds the index, or brings it level, in the background as the application starts (after the
     * sample data is offered: a later priority), so that the first search need not wait for it.
     */
    void onStart(
            @Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class)
                    Object event) {
        executor.submit(() -> {
            try {
                sync();
            } catch (RuntimeException e) {
                LOG.warning("The search index was not built at start-up; the first search builds it: " + e);
            }
        });
    }

    @PreDestroy
    void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            LOG.warning("The search index did not close cleanly: " + e);
        }
    }

    /**
     * Brings the index level with what is published; one query when nothing changed, asked outside
     * the lock so that searches do not queue behind each other's stamp query.
     */
    public void sync() {
        String stamp = reports.publicationStamp();
        if (!stamp.equals(indexedStamp)) {
            update(stamp);
        }
    }

    private synchronized void update(String stamp) {
        if (stamp.equals(indexedStamp)) {
            return; // brought level by the search that held the lock before this one
        }
        try {
            Set<Long> indexed = indexedReports();
            Set<Long> published = new HashSet<>();
            for (PublishedReports.Listed listed : reports.listed()) {
                published.add(listed.id());
                if (!indexed.contains(listed.id())) {
                    writer.addDocuments(ReportDocuments.of(reports.find(listed.citySlug(), listed.year())));
                }
            }
            for (long id : indexed) {
                if (!published.contains(id)) {
                    writer.deleteDocuments(new Term(REPORT, String.valueOf(id)));
                }
            }
            writer.setLiveCommitData(Map.of("layout", LAYOUT, "stamp", stamp).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
            indexedStamp = stamp;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot update the search index", e);
        }
    }

    private Set<Long> indexedReports() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            Query named = new TermQuery(new Term(TYPE, ReportDocuments.TYPE_REPORT));
            Set<Long> ids = new HashSet<>();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(named, Math.max(1, searcher.count(named))).scoreDocs) {
                ids.add(Long.valueOf(stored.document(hit.doc).get(REPORT)));
            }
            return ids;
        } finally {
            searchers.release(searcher);
        }
    }

    /** One page of results; the index is brought level first. */
    public SearchResults search(SearchQuery query) {
        sync();
        List<String> chunks = SearchWords.chunks(query.words());
        Query matching = matching(chunks);
        if (matching == null) {
            return SearchResults.withoutWords(query);
        }
        SearchWords marked = new SearchWords(chunks, terms(query.words()));
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Query items = filtered(matching, ReportDocuments.TYPE_ITEM, query);
                Query sentences = filtered(matching, ReportDocuments.TYPE_SENTENCE, query);
                int itemCount = searcher.count(items);
                int sentenceCount = searcher.count(sentences);
                // figures and targets first, then sentences: this page is a window on that list
                int from = query.page() * SearchQuery.PAGE_SIZE;
                int to = from + SearchQuery.PAGE_SIZE;
                List<ItemHit> itemHits = window(searcher, items, from, Math.min(to, itemCount), d -> item(d, marked));
                List<SentenceHit> sentenceHits = window(
                        searcher,
                        sentences,
                        Math.max(0, from - itemCount),
                        Math.min(to - itemCount, sentenceCount),
                        d -> sentence(d, marked));
                return new SearchResults(query, false, itemCount, sentenceCount, itemHits, sentenceHits);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search", e);
        }
    }

    /** The words of a query as smartcn segments them, each once: they mark what a match holds. */
    private Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream tokens = words.tokenStream(TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /**
     * Every piece of the query (a run of letters and digits) must be in the text, or where it stands,
     * as written: a phrase of its character pairs. Its words as smartcn segments them add to the rank.
     * Null when no piece holds anything to search for.
     */
    private Query matching(List<String> chunks) {
        QueryBuilder inPairs = new QueryBuilder(pairs);
        QueryBuilder inWords = new QueryBuilder(words);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean any = false;
        for (String chunk : chunks) {
            Query text = inPairs.createPhraseQuery(PAIRS, chunk);
            Query context = inPairs.createPhraseQuery(CONTEXT, chunk);
            if (text == null) {
                continue;
            }
            all.add(
                    new BooleanQuery.Builder()
                            .add(text, Occur.SHOULD)
                            .add(new BoostQuery(context, CONTEXT_WEIGHT), Occur.SHOULD)
                            .build(),
                    Occur.MUST);
            Query segmented = inWords.createBooleanQuery(TEXT, chunk, Occur.MUST);
            if (segmented != null) {
                all.add(segmented, Occur.SHOULD);
            }
            any = true;
        }
        return any ? all.build() : null;
    }

    private static Query filtered(Query matching, String type, SearchQuery query) {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(matching, Occur.MUST)
                .add(new TermQuery(new Term(TYPE, type)), Occur.FILTER);
        if (query.city() != null) {
            b.add(new TermQuery(new Term(CITY, query.city())), Occur.FILTER);
        }
        if (query.year() != null) {
            b.add(IntPoint.newExactQuery(YEAR, query.year()), Occur.FILTER);
        }
        if (query.part() != null) {
            b.add(new TermQuery(new Term(PART, query.part().name())), Occur.FILTER);
        }
        return b.build();
    }

    private static <T> List<T> window(IndexSearcher searcher, Query query, int from, int to, Function<Document, T> hit)
            throws IOException {
        if (to <= from) {
            return List.of();
        }
        ScoreDoc[] top = searcher.search(query, to).scoreDocs;
        StoredFields stored = searcher.storedFields();
        List<T> hits = new ArrayList<>();
        for (int i = from; i < Math.min(to, top.length); i++) {
            hits.add(hit.apply(stored.document(top[i].doc)));
        }
        return hits;
    }

    private ItemHit item(Document d, SearchWords marked) {
        return new ItemHit(
                d.get(KIND),
                marked.in(d.get(LABEL), words),
                d.get(VALUE),
                d.get(UNIT),
                d.get(YEARS),
                marked.in(d.get(SENTENCE), words),
                place(d));
    }

    private SentenceHit sentence(Document d, SearchWords marked) {
        return new SentenceHit(marked.in(d.get(SENTENCE), words), d.get(SECTION), place(d));
    }

    private static Place place(Document d) {
        return new Place(
                d.get(CITY),
                d.get(CITY_ZH),
                d.get(CITY_EN),
                d.getField(YEAR).numericValue().intValue(),
                d.get(PART),
                d.get(ANCHOR));
    }
}
