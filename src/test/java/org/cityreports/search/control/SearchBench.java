package org.cityreports.search.control;

import jakarta.persistence.EntityManager;
import org.cityreports.persistence.TestDatabase;
import org.cityreports.report.control.FigureChecksBench;
import org.cityreports.report.control.PublishedReports;
import org.cityreports.report.entity.Report;
import org.cityreports.sampledata.SampleDataFixture;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Search with N published reports (default 2 000: 200 cities × 10 years, 140 figures each, the
 * sample reports' narratives spread over their sections): the time to build the index from the
 * database, then each search of a mixed list (Chinese words, English words, a city named, filters,
 * later pages), the first round cold and the rest warm, median and p95. Each search includes the
 * one query that compares the publication stamp. Embedded Derby, no server.
 *
 * <p>{@code bench/search [N]}
 */
public final class SearchBench {

    private static final int ROUNDS = 30;

    private static final List<SearchQuery> QUERIES = List.of(
            new SearchQuery("地区生产总值", null, null, null, 0),
            new SearchQuery("地铁", null, null, null, 0),
            new SearchQuery("学前教育", null, null, null, 0),
            new SearchQuery("保障性租赁住房", null, null, null, 0),
            new SearchQuery("GDP growth", null, null, null, 0),
            new SearchQuery("太原 市场主体", null, null, null, 0),
            new SearchQuery("指标 12", null, null, null, 0),
            new SearchQuery("增长", null, null, null, 0),
            new SearchQuery("增长", null, null, null, 5),
            new SearchQuery("生态", "bench-7", null, null, 0),
            new SearchQuery("就业", null, 2020, null, 0),
            new SearchQuery("高质量发展", null, null, org.cityreports.report.entity.Part.PLAN, 0),
            new SearchQuery("Bench 42", null, null, null, 0),
            new SearchQuery("绿化覆盖率", null, null, null, 0));

    private SearchBench() {}

    public static void main(String[] args) throws Exception {
        int reports = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path dir = Files.createTempDirectory("search-bench");
        try (TestDatabase db = new TestDatabase(dir).migrate().open()) {
            SampleDataFixture.loadInto(db);
            try (Connection c = db.connection()) {
                FigureChecksBench.generate(c, reports);
                narrate(c);
            }
            db.open(); // as a restarted server: nothing cached
            EntityManager em = db.entityManager();
            try {
                // as in the server, where each read outside a transaction has a persistence context of its own
                PublishedReports published = new PublishedReports() {
                    @Override
                    public Report find(String citySlug, int year) {
                        em.clear();
                        return super.find(citySlug, year);
                    }
                };
                set(PublishedReports.class, published, "em", em);
                SearchIndex index = new SearchIndex();
                index.reports = published;
                index.openAt(dir.resolve("search-index"));
                long t0 = System.nanoTime();
                index.sync();
                System.out.printf(
                        "index built from %d published reports in %.1f s%n",
                        reports + 2, (System.nanoTime() - t0) / 1e9);
                List<Double> millis = new ArrayList<>();
                int found = 0;
                for (int round = 0; round < ROUNDS; round++) {
                    for (SearchQuery query : QUERIES) {
                        long t = System.nanoTime();
                        found += index.search(query).total();
                        millis.add((System.nanoTime() - t) / 1e6);
                    }
                }
                double[] cold = millis.subList(0, QUERIES.size()).stream()
                        .mapToDouble(Double::doubleValue)
                        .sorted()
                        .toArray();
                double[] warm = millis.subList(QUERIES.size(), millis.size()).stream()
                        .mapToDouble(Double::doubleValue)
                        .sorted()
                        .toArray();
                System.out.printf(
                        "search, %d queries: cold (first round) median %.1f ms, max %.1f ms; warm (rounds 2-%d, %d searches)"
                                + " median %.1f ms, p95 %.1f ms, max %.1f ms; %d results in all%n",
                        QUERIES.size(),
                        cold[cold.length / 2],
                        cold[cold.length - 1],
                        ROUNDS,
                        warm.length,
                        warm[warm.length / 2],
                        warm[(int) (warm.length * 0.95)],
                        Arrays.stream(warm).max().orElseThrow(),
                        found);
                index.close();
            } finally {
                em.close();
            }
        }
    }

    /** The sample reports' narratives spread over the generated sections, so there are sentences to find. */
    private static void narrate(Connection db) throws Exception {
        List<String> narratives = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT NARRATIVE FROM REPORT_SECTION WHERE NARRATIVE IS NOT NULL")) {
            while (rs.next()) {
                narratives.add(rs.getString(1));
            }
        }
        db.setAutoCommit(false);
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT ID FROM REPORT_SECTION WHERE NARRATIVE IS NULL");
                PreparedStatement update =
                        db.prepareStatement("UPDATE REPORT_SECTION SET NARRATIVE = ? WHERE ID = ?")) {
            int n = 0;
            while (rs.next()) {
                update.setString(1, narratives.get(n++ % narratives.size()));
                update.setLong(2, rs.getLong(1));
                update.addBatch();
            }
            update.executeBatch();
        }
        db.commit();
    }

    /** The entity manager a container would inject (PublishedReports is another package's). */
    private static void set(Class<?> type, Object target, String field, Object value) {
        try {
            Field f = type.getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
