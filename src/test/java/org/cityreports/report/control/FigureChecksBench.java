package org.cityreports.report.control;

import org.cityreports.persistence.TestDatabase;
import org.cityreports.report.entity.Report;
import org.cityreports.sampledata.SampleDataFixture;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * How long the checks across figures take on one report with N published reports in the database
 * (default 2 000: 200 cities × 10 years, 140 figures each, each indicator of the sample catalogue
 * linked once per part). Prints the first check (cold: nothing compiled, nothing cached) and the
 * median and 90th percentile over later ones (warm), each a whole report's checks with its queries.
 *
 * <p>{@code bench/checks [N]}
 */
public final class FigureChecksBench {

    private static final int YEARS = 10;
    private static final int SECTIONS = 20;
    private static final int FIGURES_PER_SECTION = 7;
    private static final int LINKED_PER_SECTION = 3;
    private static final int ROUNDS = 5;
    private static final int SAMPLED_REPORTS = 40;

    private FigureChecksBench() {}

    public static void main(String[] args) throws Exception {
        int reports = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path dir = Files.createTempDirectory("checks-bench");
        try (TestDatabase db = new TestDatabase(dir).migrate().open()) {
            SampleDataFixture.loadInto(db);
            long started = System.nanoTime();
            try (Connection c = db.connection()) {
                generate(c, reports);
            }
            System.out.printf("generated %d reports in %.1f s%n", reports, (System.nanoTime() - started) / 1e9);
            db.open(); // as a restarted server: nothing cached
            List<Double> millis = new ArrayList<>();
            int[] warnings = new int[1];
            db.inTransaction(em -> {
                FigureChecks checks = new FigureChecks();
                checks.em = em;
                List<Long> ids = em.createQuery("SELECT r.id FROM Report r ORDER BY r.id", Long.class)
                        .getResultList();
                Random random = new Random(7);
                for (int round = 0; round < ROUNDS; round++) {
                    for (int i = 0; i < SAMPLED_REPORTS; i++) {
                        em.clear();
                        Report report = em.find(Report.class, ids.get(random.nextInt(ids.size())));
                        report.figures().count(); // the report as a page has it: loaded before the checks
                        long t0 = System.nanoTime();
                        warnings[0] += checks.of(report).size();
                        millis.add((System.nanoTime() - t0) / 1e6);
                    }
                }
            });
            double cold = millis.get(0);
            double[] warm = millis.subList(SAMPLED_REPORTS, millis.size()).stream()
                    .mapToDouble(Double::doubleValue)
                    .sorted()
                    .toArray();
            System.out.printf(
                    "checks of one report, %d reports in the database: cold (first) %.1f ms;"
                            + " warm (rounds 2-%d, %d runs) median %.1f ms, p90 %.1f ms, max %.1f ms;"
                            + " %d warnings found in all%n",
                    reports + 2,
                    cold,
                    ROUNDS,
                    warm.length,
                    warm[warm.length / 2],
                    warm[(int) (warm.length * 0.9)],
                    Arrays.stream(warm).max().orElseThrow(),
                    warnings[0]);
        }
    }

    /** Published reports of generated cities, their figures linked round-robin to the catalogue. */
    public static void generate(Connection db, int reports) throws Exception {
        db.setAutoCommit(false);
        List<long[]> indicators = new ArrayList<>(); // id, 1 when a growth rate
        List<String> units = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT ID, UNIT, KIND FROM STAT_INDICATOR ORDER BY ID")) {
            while (rs.next()) {
                indicators.add(new long[] {rs.getLong(1), rs.getString(3).equals("GROWTH_RATE") ? 1 : 0});
                units.add(rs.getString(2));
            }
        }
        try (PreparedStatement city = db.prepareStatement(
                        "INSERT INTO CITY (SLUG, NAME_ZH, NAME_EN, PROVINCE) VALUES (?, ?, ?, '测试省')",
                        Statement.RETURN_GENERATED_KEYS);
                PreparedStatement report = db.prepareStatement(
                        "INSERT INTO REPORT (CITY_ID, REPORT_YEAR, DOCUMENT_KIND, TITLE, STATUS, VERSION, REVISION)"
                                + " VALUES (?, ?, 'FULL_TEXT', ?, 'PUBLISHED', 1, 1)",
                        Statement.RETURN_GENERATED_KEYS);
                PreparedStatement section = db.prepareStatement(
                        "INSERT INTO REPORT_SECTION (REPORT_ID, PART, TITLE, POSITION) VALUES (?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS);
                PreparedStatement figure = db.prepareStatement("INSERT INTO FIGURE (SECTION_ID, POSITION, LABEL,"
                        + " FIGURE_VALUE, UNIT, DIRECTION, CHANGE_VALUE, CHANGE_UNIT, CHANGE_DIRECTION, QUALIFIER,"
                        + " PERIOD_START, PERIOD_END, SOURCE_SENTENCE, INDICATOR_ID, HEADLINE)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'EXACT', ?, ?, ?, ?, FALSE)")) {
            long cityId = 0;
            for (int r = 0; r < reports; r++) {
                int year = 2013 + r % YEARS;
                if (r % YEARS == 0) {
                    city.setString(1, "bench-" + r / YEARS);
                    city.setString(2, "基准市" + r / YEARS);
                    city.setString(3, "Bench " + r / YEARS);
                    city.executeUpdate();
                    cityId = key(city);
                }
                report.setLong(1, cityId);
                report.setInt(2, year);
                report.setString(3, year + " 年政府工作报告");
                report.executeUpdate();
                long reportId = key(report);
                int n = 0;
                int linkedInPart = 0;
                for (int s = 0; s < SECTIONS; s++) {
                    String part = s < 12 ? "ANNUAL_REVIEW" : s < 16 ? "FIVE_YEAR_REVIEW" : "PLAN";
                    if (s == 12 || s == 16) {
                        linkedInPart = 0;
                    }
                    section.setLong(1, reportId);
                    section.setString(2, part);
                    section.setString(3, "第 " + (s + 1) + " 节");
                    section.setInt(4, s);
                    section.executeUpdate();
                    long sectionId = key(section);
                    for (int f = 0; f < FIGURES_PER_SECTION; f++, n++) {
                        // each indicator once a part, as reports state it
                        boolean linked = f < LINKED_PER_SECTION && linkedInPart < indicators.size();
                        int which = linked ? linkedInPart++ : 0;
                        boolean growth = linked && indicators.get(which)[1] == 1;
                        String unit = linked ? units.get(which) : "万人";
                        // a level that grows 7 % a year from a size of its own per city and indicator
                        BigDecimal value = growth
                                ? BigDecimal.valueOf(50 + (r + n) % 40, 1)
                                : BigDecimal.valueOf((long) ((1000 + (r / YEARS) * 13 + which * 7)
                                                * Math.pow(1.07, year - 2013)
                                                * 100))
                                        .movePointLeft(2);
                        if (unit.equals("%") && !growth) {
                            value = BigDecimal.valueOf(300 + n % 500, 1);
                        }
                        figure.setLong(1, sectionId);
                        figure.setInt(2, f);
                        figure.setString(3, "指标 " + n);
                        figure.setBigDecimal(4, value);
                        figure.setString(5, unit);
                        figure.setString(6, growth ? "UP" : null);
                        figure.setBigDecimal(7, growth ? null : new BigDecimal("7.0"));
                        figure.setString(8, growth ? null : "%");
                        figure.setString(9, growth ? null : "UP");
                        figure.setInt(
                                10, part.equals("ANNUAL_REVIEW") ? year - 1 : part.equals("PLAN") ? year : year - 5);
                        figure.setInt(11, part.equals("PLAN") ? year + 4 : year - 1);
                        figure.setString(12, "全市指标 " + n + " 达到 " + value.toPlainString() + " " + unit + "。");
                        if (linked) {
                            figure.setLong(13, indicators.get(which)[0]);
                        } else {
                            figure.setNull(13, java.sql.Types.BIGINT);
                        }
                        figure.addBatch();
                    }
                }
                figure.executeBatch();
                if (r % 100 == 99) {
                    db.commit();
                }
            }
            db.commit();
        }
    }

    private static long key(PreparedStatement insert) throws Exception {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
