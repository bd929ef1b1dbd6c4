import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Adds generated published reports of realistic size (20 sections, 150 figures, 10 targets each)
 * to the embedded database of a stopped server, straight through JDBC: 10 yearly reports
 * (2013-2022) for each generated city.
 *
 * <p>{@code java -cp <derby jars> bench/Generate.java <database folder> <reports>}
 */
public class Generate {

    static final String[] PARTS = {"ANNUAL_REVIEW", "FIVE_YEAR_REVIEW", "PLAN"};
    static final String[] UNITS = {"亿元", "%", "万人", "个百分点", "万吨"};

    public static void main(String[] args) throws Exception {
        Path database = Path.of(args[0]).toAbsolutePath();
        int reports = Integer.parseInt(args[1]);
        try (Connection db = DriverManager.getConnection("jdbc:derby:" + database)) {
            db.setAutoCommit(false);
            long started = System.nanoTime();
            generate(db, reports);
            db.commit();
            System.out.printf("generated %d reports in %.1f s%n", reports, (System.nanoTime() - started) / 1e9);
        }
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true");
        } catch (java.sql.SQLException expected) {
            // Derby says a clean shutdown with an exception
        }
    }

    static void generate(Connection db, int reports) throws Exception {
        long indicator = single(db, "SELECT MIN(ID) FROM STAT_INDICATOR");
        try (PreparedStatement city = db.prepareStatement(
                        "INSERT INTO CITY (SLUG, NAME_ZH, NAME_EN, PROVINCE)" + " VALUES (?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS);
                PreparedStatement report = db.prepareStatement(
                        "INSERT INTO REPORT (CITY_ID, REPORT_YEAR, DOCUMENT_KIND,"
                                + " TITLE, SOURCE_TEXT, STATUS, VERSION, REVISION) VALUES (?, ?, 'FULL_TEXT', ?, ?, 'PUBLISHED', 1, 1)",
                        Statement.RETURN_GENERATED_KEYS);
                PreparedStatement section = db.prepareStatement(
                        "INSERT INTO REPORT_SECTION (REPORT_ID, PART, TITLE,"
                                + " NARRATIVE, POSITION) VALUES (?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS);
                PreparedStatement figure = db.prepareStatement("INSERT INTO FIGURE (SECTION_ID, POSITION, LABEL,"
                        + " FIGURE_VALUE, UNIT, DIRECTION, CHANGE_VALUE, CHANGE_UNIT, CHANGE_DIRECTION, QUALIFIER,"
                        + " PERIOD_START, PERIOD_END, SOURCE_SENTENCE, INDICATOR_ID, HEADLINE)"
                        + " VALUES (?, ?, ?, ?, ?, 'UP', ?, '%', 'UP', 'EXACT', ?, ?, ?, ?, ?)");
                PreparedStatement target = db.prepareStatement("INSERT INTO TARGET (SECTION_ID, POSITION, LABEL, KIND,"
                        + " COMPARATOR, TARGET_VALUE, UNIT, START_YEAR, END_YEAR, SOURCE_SENTENCE)"
                        + " VALUES (?, ?, ?, 'LEVEL', 'AT_LEAST', ?, '亿元', ?, ?, ?)")) {
            long cityId = 0;
            for (int r = 0; r < reports; r++) {
                int year = 2013 + r % 10;
                if (r % 10 == 0) {
                    int n = r / 10;
                    city.setString(1, "gen-" + n);
                    city.setString(2, "生成市" + n);
                    city.setString(3, "Generated " + n);
                    city.setString(4, "测试省");
                    city.executeUpdate();
                    cityId = key(city);
                }
                report.setLong(1, cityId);
                report.setInt(2, year);
                report.setString(3, year + " 年政府工作报告");
                report.setString(4, "政府工作报告全文。".repeat(2000));
                report.executeUpdate();
                long reportId = key(report);
                int figures = 0;
                for (int s = 0; s < 20; s++) {
                    String part = PARTS[s * PARTS.length / 20];
                    section.setLong(1, reportId);
                    section.setString(2, part);
                    section.setString(3, "第 " + (s + 1) + " 节");
                    section.setString(4, "本节叙述经济社会发展情况。".repeat(20));
                    section.setInt(5, s);
                    section.executeUpdate();
                    long sectionId = key(section);
                    for (int f = 0; f < 7 + (s < 10 ? 1 : 0); f++, figures++) {
                        BigDecimal value = BigDecimal.valueOf(1000 + figures * 37L + r, 2);
                        String unit = UNITS[figures % UNITS.length];
                        figure.setLong(1, sectionId);
                        figure.setInt(2, f);
                        figure.setString(3, "指标 " + figures);
                        figure.setBigDecimal(4, value);
                        figure.setString(5, unit);
                        figure.setBigDecimal(6, BigDecimal.valueOf(5 + figures % 7, 1));
                        figure.setInt(7, year - 1);
                        figure.setInt(8, year - 1);
                        figure.setString(
                                9,
                                "全市指标 " + figures + " 达到 " + value.toPlainString() + " " + unit + ",增长 "
                                        + BigDecimal.valueOf(5 + figures % 7, 1) + "%。");
                        if (figures == 0) {
                            figure.setLong(10, indicator);
                        } else {
                            figure.setNull(10, java.sql.Types.BIGINT);
                        }
                        figure.setBoolean(11, figures < 4);
                        figure.addBatch();
                    }
                    if (part.equals("PLAN") && s >= 18) {
                        for (int t = 0; t < 5; t++) {
                            target.setLong(1, sectionId);
                            target.setInt(2, t);
                            target.setString(3, "目标 " + t);
                            target.setBigDecimal(4, BigDecimal.valueOf(100 + t));
                            target.setInt(5, year);
                            target.setInt(6, year + 4);
                            target.setString(7, "到 " + (year + 4) + " 年目标 " + t + " 达到 " + (100 + t) + " 亿元以上。");
                            target.addBatch();
                        }
                    }
                }
                figure.executeBatch();
                target.executeBatch();
                if (r % 100 == 99) {
                    db.commit();
                }
            }
        }
    }

    private static long key(PreparedStatement insert) throws Exception {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static long single(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
