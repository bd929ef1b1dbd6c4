package org.cityreports.extract.control;

import org.cityreports.indicator.entity.Indicator;
import org.cityreports.report.entity.Basis;
import org.cityreports.report.entity.Comparator;
import org.cityreports.report.entity.Direction;
import org.cityreports.report.entity.Obligation;
import org.cityreports.report.entity.Part;
import org.cityreports.report.entity.Qualifier;
import org.cityreports.report.entity.TargetKind;
import org.cityreports.unit.BaseUnit;
import org.cityreports.unit.Unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every figure a report's text states and decides each one's role: value and unit with its
 * scale, direction, a change stated beside a level, what it is compared with, qualifier, yearly
 * average or total, rank with its scope, a label from the words before it; in the plan part a
 * target. Years, ordinals, plan names, names with digits and milestones restating a figure are left
 * out. Rules, not a model: each is one small step below, named for what reports write.
 */
public final class FigureExtractor {

    private static final String UNITS = units();
    /** A number as written: "15,456.19" (thousands separated, as web pages have it), "5121.61", 三十. */
    private static final Pattern QUANTITY =
            Pattern.compile("(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?!\\d)|\\d+(?:\\.\\d+)?|["
                    + ChineseNumerals.DIGITS + "]+(?:万["
                    + ChineseNumerals.DIGITS + "]+)?)\\s*(?<more1>余|多)?(?<scale>万亿|亿|万)?" + "(?<more2>余|多)?\\s*(?<unit>"
                    + UNITS
                    + ")?");
    /** Shares in words: 百分之七十五, 三成, 四分之一. */
    private static final Pattern PERCENT_WORDS =
            Pattern.compile("百分之(?<n>\\d+(?:\\.\\d+)?|[" + ChineseNumerals.DIGITS + "]+)");

    private static final Pattern TENTHS = Pattern.compile(
            "(?<![" + ChineseNumerals.DIGITS + "])(?<n>[一二两三四五六七八九])成(?<half>半)?(?!不变|本|果|员|功|效|绩|熟|交|型|为|立)");
    private static final Pattern FRACTION = Pattern.compile("(?<d>[二两三四五六七八九十])分之(?<n>[一二两三四五六七八九])");
    /** "约占全州的 1/3": a proper fraction written with a slash is a share. */
    private static final Pattern SLASHED = Pattern.compile("(?<![\\d./])(?<n>\\d{1,2})/(?<d>\\d{1,2})(?![\\d/])");
    /** "城乡收入倍差缩小到 1.86": a ratio of two incomes, written without its unit. */
    private static final Pattern RATIO =
            Pattern.compile("(倍差|收入比|之比)[^\\d,,。;;]{0,6}?(?<n>\\d+(?:\\.\\d+)?)(?![\\d.%])");
    /** "先后跨越 1.5 万亿元、2 万亿元两个台阶": milestones passed restate the level stated beside them. */
    private static final Pattern MILESTONE_VERB = Pattern.compile("(跨越|迈上|跃上|迈入|站上|登上|跨上)");
    /** "增长 5%—5.5%", "6% 左右至 6.5%": one target with a low and a high end. */
    private static final Pattern RANGE_JOINER = Pattern.compile("\\s*(左右)?\\s*[—–\\-~～至到]\\s*");

    private static final Pattern BARE_LOW = Pattern.compile("(?<n>\\d+(?:\\.\\d+)?)\\s*[—–\\-~～至]\\s*$");
    /** A target the plan lowers to a level is a ceiling: "PM2.5 浓度下降到 35 微克/立方米". */
    private static final Pattern LOWERED_TO = Pattern.compile("(下降|降低|降|减少|压减|压缩|减)(到|至)\\s*$");

    private static final Pattern OBLIGATION = Pattern.compile("^(?<kind>约束性|预期性)(指标|目标)");
    /** Counts written in words: only with these units, and never one (一批, 一个 are not figures). */
    private static final List<String> WORD_UNITS =
            List.of("项", "个", "家", "所", "件", "名", "户", "座", "套", "倍", "工作日", "个工作日", "位");

    private static final Pattern DOUBLED = Pattern.compile("翻了?(?<near>近|约)?(?<times>一|两)?番(?<more>多)?");
    private static final Pattern TOWARDS = Pattern.compile("向(万亿|亿|万)(元|美元)迈进");
    private static final Pattern RANK = Pattern.compile("(?<head>[^\\s,,。;;、]{0,30}?)(?:第(?<n>[一二三四五六七八九十\\d]{1,3})"
            + "(?:位|名)?|(?<first>首位))(?=$|[,,。;;、\\s)\uff09])");
    private static final Pattern RANK_VERB = Pattern.compile("(位居|位列|荣列|名列|排名|排在|居于|居|列|排|保持)");
    /**
     * Words between a figure and its rank that name nothing new: "总量连续 34 年居全国首位", "数量居全国第一",
     * "增速居全省第 1 位".
     */
    private static final String RANK_CONNECTORS =
            "(综合|并|且|均|其中|改善率|增速|增幅|总量|规模|数量|总数|连续\\S{0,3}年|连续多年|多年|保持|继续|稳定|持续|稳居|一直)";

    private static final Pattern SCOPE_START = Pattern.compile("(全国|全省|全市|中部|华北|西部|东部|全)");
    /** Words between a change verb and its number: "增加超过 1500 家", "增长了近 3 成". */
    private static final String AFTER_VERB = "(分别)?(了|达到|达|为|超过|近|约|逾|超)?\\s*$";

    private static final Pattern UP = Pattern.compile(
            "(增长率|增长|提高|上升|上涨|增加|增速|增幅|高出\\S{0,12}?|高于\\S{0,12}?|高|快于\\S{0,12}?|快|多增|净增|多)" + AFTER_VERB);
    private static final Pattern DOWN =
            Pattern.compile("(下降|降低|减少|下滑|回落|降幅|净减少|净减|少增|低于\\S{0,12}?|慢于\\S{0,12}?)" + AFTER_VERB);
    /** "净增市场主体 37.5 万户": a net change names what changed between its verb and its number. */
    private static final Pattern NET_CHANGE =
            Pattern.compile("^[\\s、,,]*(全年|全市|全省|全县|全区|其中|共|累计)?(?<verb>净增加?|净减少?|削减|压减|减少)(?![到至])");
    /** "最终消费支出拉动经济增长 4.3 个百分点": a contribution, not a change of what is named. */
    private static final Pattern CONTRIBUTION = Pattern.compile("(拉动|带动)\\S{0,10}(增长|上升)\\s*$");

    private static final Pattern THAN = Pattern.compile(
            "(?:(?<![同占可对])比(?![重例])|较|快于|高于|高出|低于)(?<base>[^\\s,,、]{1,12}?)(?:提高|降低|减少|上升|上涨|增加|回落|高|低|增长|下降|"
                    + "多增|少增|多|少|快|慢)?(了|达到|达|为|近|约|超过|逾|超)?\\s*$");
    private static final Pattern YEAR_BASE = Pattern.compile("(?<base>\\d{4}\\s*年)的\\s*$");
    /** "交易量是五年前的 1.8 倍": a multiple names what it multiplies. */
    private static final Pattern MULTIPLE_OF = Pattern.compile("(是|为|相当于|达到)(?<base>[^\\s,,、是为]{1,8}?)的\\s*$");

    private static final Pattern SHARED =
            Pattern.compile("^[\\s,,]*(?<subjects>[^\\s,,、]{2,20}(?:、[^\\s,,、]{2,20})+)(?<rest>(对|的)[^,,]*?)均");
    private static final Pattern BY_YEAR = Pattern.compile("到\\s*(\\d{4})\\s*年");
    /** What joins the items of a list of numbers: "44.77%、39.64%", "8.1%、9.5% 和 6.2%". */
    private static final Pattern LIST_JOINER = Pattern.compile("\\s*(、|和|及|与|以及)?\\s*");

    private static final Pattern FROM = Pattern.compile("(从|由)\\s*$");
    private static final Pattern LEADING = Pattern.compile("^[\\s、,,:]*(全市|全年|其中|并|同时|共|另外|此外)?");
    private static final Pattern TRAILING =
            Pattern.compile("(实现|达到|达|完成|增至|增加到|提高到|提升至|提升到|为|突破|超过|约|年均|增长|下降|提高|增速|同比|分别|均|压缩至|"
                    + "累计|再增加|增加|新增|开发|建设|保持|控制在|不低于|不超过|高于|比|较|到|至|了|的|在|\\s)+$");

    private final List<Indicator> catalogue;

    public FigureExtractor(List<Indicator> catalogue) {
        this.catalogue = catalogue;
    }

    /** Every candidate of the text, in the order the text states them. */
    public List<Candidate> extract(ReportText text, int reportYear) {
        List<Candidate> candidates = new ArrayList<>();
        Obligation obligation = null;
        ReportText.Sentence previous = null;
        for (ReportText.Sentence sentence : text.sentences()) {
            // "约束性指标:…" holds for its paragraph; a heading "约束性指标" for its section
            if (previous == null
                    || text.text().substring(previous.end(), sentence.start()).contains("\n")) {
                obligation = obligation(sentence.section() == null ? "" : sentence.section());
            }
            Obligation stated = obligation(sentence.text());
            obligation = stated != null ? stated : obligation;
            for (Quantity q : quantities(sentence.text(), sentence.part())) {
                candidates.add(candidate(sentence, q, reportYear, obligation));
            }
            previous = sentence;
        }
        return candidates;
    }

    /** "约束性指标:…" and "预期性指标:…" say what the targets after them are, until the next heading. */
    private static Obligation obligation(String text) {
        Matcher m = OBLIGATION.matcher(text.strip());
        if (!m.find()) {
            return null;
        }
        return m.group("kind").equals("约束性") ? Obligation.BINDING : Obligation.EXPECTED;
    }

    /** The quantities of a sentence of the annual review with their roles decided. */
    List<Quantity> quantities(String sentence) {
        return quantities(sentence, Part.ANNUAL_REVIEW);
    }

    /** The quantities of one sentence with their roles decided. */
    List<Quantity> quantities(String sentence, Part part) {
        List<Quantity> found = new ArrayList<>();
        scan(sentence, found, part);
        found.sort(java.util.Comparator.comparingInt(q -> q.start));
        ranges(sentence, found);
        Quantity previous = null;
        for (Quantity q : found) {
            int from = previous == null
                    ? clauseStart(sentence, q.start)
                    : Math.max(previous.end, clauseStart(sentence, q.start));
            q.prefix = sentence.substring(Math.min(from, q.start), q.start);
            roles(sentence, q, previous);
            previous = q;
        }
        found = shared(sentence, found);
        attachChanges(found);
        ranks(sentence, found);
        found.removeIf(q -> q.absorbed);
        labels(sentence, found);
        return found;
    }

    private void scan(String s, List<Quantity> found, Part part) {
        Matcher m = QUANTITY.matcher(s);
        while (m.find()) {
            String num = m.group("num");
            boolean words = !Character.isDigit(num.charAt(0));
            String unit = m.group("unit");
            String scale = m.group("scale");
            int start = m.start("num");
            int end = m.end();
            if (unit == null && scale == null
                    || notAFigure(s, start, end, num, words, unit, scale)
                    || part != Part.PLAN && milestone(s, start, end)) {
                continue;
            }
            boolean unitGuessed = unit == null;
            if (unit == null) {
                // "人口再增加 100 万", "9899 万农村贫困人口": a bare scale counts people only when the words say so
                String next = s.substring(end, Math.min(s.length(), end + 8)).replaceAll("[,,。;;、].*", "");
                if (!s.substring(0, start).contains("人") && !next.contains("人")) {
                    continue;
                }
                unit = "人";
            }
            if (unit.equals("个工作日")) {
                unit = "工作日";
            }
            BigDecimal value = words ? ChineseNumerals.parse(num) : new BigDecimal(num.replace(",", ""));
            if (value == null) {
                continue;
            }
            Quantity q = new Quantity(start, end, value, (scale == null ? "" : scale) + unit);
            if (unitGuessed) {
                q.doubts.add(Candidate.Doubt.UNIT);
            }
            if (m.group("more1") != null || m.group("more2") != null) {
                q.qualifier = Qualifier.MORE_THAN;
            }
            found.add(q);
        }
        Matcher doubled = DOUBLED.matcher(s);
        while (doubled.find()) {
            Quantity q = new Quantity(
                    doubled.start(),
                    doubled.end(),
                    BigDecimal.valueOf("两".equals(doubled.group("times")) ? 4 : 2),
                    "倍");
            q.direction = Direction.UP;
            if (doubled.group("more") != null) {
                q.qualifier = Qualifier.MORE_THAN;
            } else if (doubled.group("near") != null) {
                q.qualifier = Qualifier.ABOUT;
            }
            found.add(q);
        }
        Matcher percent = PERCENT_WORDS.matcher(s);
        while (percent.find()) {
            String n = percent.group("n");
            BigDecimal value = Character.isDigit(n.charAt(0)) ? new BigDecimal(n) : ChineseNumerals.parse(n);
            if (value != null) {
                found.add(new Quantity(percent.start(), percent.end(), value, "%"));
            }
        }
        Matcher tenths = TENTHS.matcher(s);
        while (tenths.find()) {
            BigDecimal value = ChineseNumerals.parse(tenths.group("n")).multiply(BigDecimal.TEN);
            if (tenths.group("half") != null) {
                value = value.add(BigDecimal.valueOf(5));
            }
            found.add(new Quantity(tenths.start(), tenths.end(), value, "%"));
        }
        Matcher fraction = FRACTION.matcher(s);
        while (fraction.find()) {
            BigDecimal share = ChineseNumerals.parse(fraction.group("n"))
                    .multiply(BigDecimal.valueOf(100))
                    .divide(ChineseNumerals.parse(fraction.group("d")), 2, java.math.RoundingMode.HALF_UP);
            found.add(new Quantity(fraction.start(), fraction.end(), share.stripTrailingZeros(), "%"));
        }
        Matcher slashed = SLASHED.matcher(s);
        while (slashed.find()) {
            int n = Integer.parseInt(slashed.group("n"));
            int d = Integer.parseInt(slashed.group("d"));
            if (n > 0 && n < d) {
                BigDecimal share = BigDecimal.valueOf(100L * n)
                        .divide(BigDecimal.valueOf(d), 2, java.math.RoundingMode.HALF_UP)
                        .stripTrailingZeros();
                found.add(new Quantity(slashed.start(), slashed.end(), share, "%"));
            }
        }
        Matcher ratio = RATIO.matcher(s);
        while (ratio.find()) {
            found.add(new Quantity(ratio.start("n"), ratio.end("n"), new BigDecimal(ratio.group("n")), "倍"));
        }
        Matcher towards = TOWARDS.matcher(s);
        while (towards.find()) {
            Quantity q =
                    new Quantity(towards.start(1), towards.end(2), BigDecimal.ONE, towards.group(1) + towards.group(2));
            q.qualifier = Qualifier.ABOUT;
            found.add(q);
        }
    }

    /** Years, ordinals, names with digits (5G, PM2.5, 2 号线), numbers in quotes, milestones. */
    private static boolean notAFigure(
            String s, int start, int end, String num, boolean words, String unit, String scale) {
        char before = start > 0 ? s.charAt(start - 1) : ' ';
        char after = end < s.length() ? s.charAt(end) : ' ';
        String head = s.substring(0, start);
        if (before == '第'
                || Character.isLetter(before) && before < 0x2E80
                || before == '.'
                || Character.isLetter(after) && after < 0x2E80 && unit == null) {
            return true;
        }
        BigDecimal wordValue = words ? ChineseNumerals.parse(num) : null;
        if (words
                && (unit == null
                        || wordValue == null
                        || wordValue.intValue() == 1
                        || !WORD_UNITS.contains(unit)
                                && scale == null
                                && (wordValue.intValue() < 10
                                        || List.of("年", "天", "倍").contains(unit)))) {
            return true; // 一批, 三年行动, 两个台阶 are no figures; 一百二十公里 is
        }
        String rest = s.substring(end);
        if ("年".equals(unit)
                && (STREAK.matcher(head).find() && STREAK_HOLDS.matcher(rest).lookingAt()
                        || AFTER_YEARS_NOT_A_FIGURE.matcher(rest).lookingAt())) {
            return true; // "连续 34 年居全国首位", "创近 25 年新高", "用 3 年时间": how long, not how much
        }
        if (STREAK_FLOOR.matcher(head).find()) {
            return true; // "连续 10 年稳定在 430 亿斤以上" restates a floor the level beside it clears
        }
        if (words && unit != null && unit.equals("位")) {
            return true; // ranks are read by their own rule
        }
        if ("年".equals(unit) && num.matches("(19|20|21)\\d\\d")) {
            return true;
        }
        return insideQuotes(head)
                || AFTER_NOT_A_FIGURE.matcher(rest).lookingAt()
                || THRESHOLD_VERB.matcher(head).find() && rest.startsWith("的")
                || head.endsWith("历史性突破");
    }

    /**
     * What follows a number that is no figure: the class a level joins ("重回千亿元行列", "千亿级"), a
     * threshold that sorts what is counted ("10 亿元以上项目 78 个"), a milestone ("突破…大关").
     */
    private static final Pattern AFTER_NOT_A_FIGURE =
            Pattern.compile("\\s*(级|行列|俱乐部|阵营|方阵|大关|(以上|以下)的?[\\u4e00-\\u9fff])");
    /** After a number of years: a record ("创近 25 年新高") or a plan's length ("用 3 年时间", "三年行动"). */
    private static final Pattern AFTER_YEARS_NOT_A_FIGURE =
            Pattern.compile("\\s*((来|以来)?的?(新高|新低|最高|最低|最好|之最)|时间|行动|计划|攻坚|规划|内|之内)");

    private static final Pattern STREAK = Pattern.compile("连续\\s*$");
    private static final Pattern STREAK_HOLDS = Pattern.compile("[^,,。;;]*(居|位列|保持|稳定|排名|首位|第)");
    private static final Pattern STREAK_FLOOR = Pattern.compile("(^|[,,;;])\\s*连续[^\\s,,;;]{1,4}年(稳定|保持)在\\s*$");
    /** "突破 8000 亿元的城区", "超过 100 亿元的企业": a threshold, not a figure. */
    private static final Pattern THRESHOLD_VERB = Pattern.compile("(突破|超过)\\s*$");

    /** A level named as a step passed ("先后跨越 1.5 万亿元、2 万亿元两个台阶") in its clause. */
    private static boolean milestone(String s, int start, int end) {
        int from = Math.max(Math.max(s.lastIndexOf(',', start), s.lastIndexOf(',', start)), s.lastIndexOf(';', start));
        String rest = s.substring(end);
        int to = rest.length();
        for (char c : ",,;;。".toCharArray()) {
            int at = rest.indexOf(c);
            if (at >= 0 && at < to) {
                to = at;
            }
        }
        return MILESTONE_VERB.matcher(s.substring(from + 1, start)).find()
                && rest.substring(0, to).contains("台阶");
    }

    /**
     * "增长 5%—5.5%", "6% 左右至 6.5%", "8% 至 9%": the two ends of one range become one quantity with a
     * high end; a low end written without its unit ("5—5.5%") takes the high end's.
     */
    private static void ranges(String s, List<Quantity> found) {
        for (int i = 0; i < found.size(); i++) {
            Quantity high = found.get(i);
            Quantity low = i > 0 ? found.get(i - 1) : null;
            if (low != null
                    && low.unit.equals(high.unit)
                    && low.end <= high.start
                    && RANGE_JOINER.matcher(s.substring(low.end, high.start)).matches()
                    && low.value.compareTo(high.value) < 0) {
                low.high = high.value;
                found.remove(i);
                i--;
                continue;
            }
            Matcher bare = BARE_LOW.matcher(s.substring(0, high.start));
            if (bare.find() && (low == null || low.end <= bare.start("n"))) {
                BigDecimal value = new BigDecimal(bare.group("n"));
                if (value.compareTo(high.value) < 0) {
                    Quantity range = new Quantity(bare.start("n"), high.end, value, high.unit);
                    range.high = high.value;
                    found.set(i, range);
                }
            }
        }
    }

    private static boolean insideQuotes(String head) {
        return head.lastIndexOf('“') > head.lastIndexOf('”')
                || head.lastIndexOf('「') > head.lastIndexOf('」')
                || head.chars().filter(c -> c == '"').count() % 2 == 1; // straight quotes open and close alike
    }

    /** Direction, change words, base, qualifier and basis from the words around the quantity. */
    private static void roles(String s, Quantity q, Quantity previous) {
        String prefix = q.prefix;
        String after = s.substring(q.end, Math.min(s.length(), q.end + 3));
        if (previous != null
                && previous.end <= q.start
                && LIST_JOINER.matcher(s.substring(previous.end, q.start)).matches()) {
            // "分别达到 44.77%、39.64%", "分别增长 8.1%、9.5% 和 6.2%": the later ones take the first's words
            q.direction = q.direction == null ? previous.direction : q.direction;
            q.basis = previous.basis;
            q.comparedWith = previous.comparedWith;
            Qualifier shared = prefixQualifier(previous.prefix);
            if (q.qualifier == Qualifier.EXACT && shared != null) {
                q.qualifier = shared;
            }
            qualifierAfter(q, after);
            return;
        }
        if (q.direction == null && !CONTRIBUTION.matcher(prefix).find()) {
            Matcher net = NET_CHANGE.matcher(prefix);
            Matcher up = UP.matcher(prefix);
            if (DOWN.matcher(prefix).find()) {
                q.direction = Direction.DOWN;
            } else if (up.find()) {
                q.direction = Direction.UP;
                if (up.group(1).matches("高|快|多")) {
                    q.doubts.add(Candidate.Doubt.KIND); // one character is a weak cue: "高" may be a level's word
                }
            } else if (net.find()) {
                q.direction = net.group("verb").startsWith("净增") ? Direction.UP : Direction.DOWN;
            }
        }
        if (prefix.contains("同比")) {
            q.comparedWith = "同比";
        }
        Matcher than = THAN.matcher(prefix);
        if (than.find() && q.direction != null) {
            q.comparedWith = than.group("base").replaceAll("(年均增速|增速|增长)$", "");
        }
        Matcher year = YEAR_BASE.matcher(prefix);
        Matcher of = MULTIPLE_OF.matcher(prefix);
        if (year.find()) {
            q.comparedWith = year.group("base").replace(" ", "");
        } else if (q.unit.equals("倍") && q.direction == null && of.find()) {
            q.comparedWith = of.group("base");
        }
        if (prefix.contains("年均")) {
            q.basis = Basis.YEARLY_AVERAGE;
        } else if (prefix.contains("累计")) {
            q.basis = Basis.CUMULATIVE;
        }
        Qualifier before = prefixQualifier(prefix);
        if (before != null && q.qualifier == Qualifier.EXACT) {
            q.qualifier = before;
        }
        qualifierAfter(q, after);
        if (previous != null
                && FROM.matcher(s.substring(0, previous.start)).find()
                && prefix.matches("[\\s]*(增加|增长|提高|提升|上升|跃升|攀升|扩大|减少|下降|降低|缩小|回落|增|升|降|减)(到|至).*")) {
            // "从 X 增加到 Y": Y is the figure, X what it is compared with
            q.comparedWith = s.substring(previous.start, previous.end).replace(" ", "");
            q.direction = null;
            previous.absorbed = true;
        }
    }

    /** The qualifier the words just before a number give it: 约, 近 (about), 超过 (more than), 不低于, 控制在. */
    private static Qualifier prefixQualifier(String prefix) {
        if (prefix.matches(".*(约|大约|近|接近|将近)\\s*$") || prefix.matches(".*(约|大约|接近)占[^,,;;]{0,10}$")) {
            return Qualifier.ABOUT;
        } else if (prefix.matches(".*(?<!不)(超过|突破|逾|超|(?<!打)破)\\s*$")) {
            return Qualifier.MORE_THAN;
        } else if (prefix.matches(".*(不低于|至少)\\s*$")) {
            return Qualifier.AT_LEAST;
        } else if (prefix.matches(".*(不超过|最多|控制在|压缩至|压减至|压缩到|不足|不到|少于)\\s*$")) {
            return Qualifier.AT_MOST;
        }
        return null;
    }

    private static void qualifierAfter(Quantity q, String after) {
        String a = after.stripLeading();
        if (a.startsWith("左右")) {
            q.qualifier = Qualifier.ABOUT;
        } else if (a.startsWith("以上")) {
            q.qualifier = Qualifier.AT_LEAST;
        } else if (a.startsWith("以内") || a.startsWith("以下")) {
            q.qualifier = Qualifier.AT_MOST;
        } else if (a.startsWith("余") || a.startsWith("多")) {
            q.qualifier = Qualifier.MORE_THAN; // "20 亿元余": written after the unit
        }
    }

    /**
     * "战略性新兴产业、高技术制造业对工业增长的贡献率均达到 30% 左右": one value stated for each of the
     * subjects listed before "均" is a figure of each.
     */
    private static List<Quantity> shared(String s, List<Quantity> found) {
        List<Quantity> all = new ArrayList<>();
        for (Quantity q : found) {
            all.add(q);
            Matcher listed = SHARED.matcher(q.prefix);
            if (listed.find()) {
                String[] subjects = listed.group("subjects").split("、");
                String rest = listed.group("rest");
                q.label = subjects[0] + rest;
                for (int i = 1; i < subjects.length; i++) {
                    Quantity copy = new Quantity(q.start, q.end, q.value, q.unit);
                    copy.qualifier = q.qualifier;
                    copy.direction = q.direction;
                    copy.basis = q.basis;
                    copy.comparedWith = q.comparedWith;
                    copy.prefix = q.prefix;
                    copy.label = subjects[i] + rest;
                    all.add(copy);
                }
            }
        }
        return all;
    }

    /** "1873.9 亿元、增长 13.2%": a rate right after a level, with no words of its own, is its change. */
    private static void attachChanges(List<Quantity> found) {
        for (int i = 1; i < found.size(); i++) {
            Quantity rate = found.get(i);
            Quantity level = found.get(i - 1);
            if ((rate.isRate() || rate.unit.equals("倍"))
                    && rate.direction != null
                    && !level.isRate()
                    && level.change == null
                    && !level.unit.equals("倍")
                    && !level.absorbed
                    && rate.prefix.matches("[\\s、,,]*(同比|比上年|较上年|同口径|实际|名义)?(增长|下降|提高|降低|减少|上升)(率为|了|达)?\\s*")) {
                level.change = rate;
                if (rate.comparedWith != null && level.comparedWith == null) {
                    level.comparedWith = rate.comparedWith;
                }
                rate.absorbed = true;
            }
        }
    }

    /**
     * "实际增速 9.2%、居全国省会城市第三位": a rank right after a quantity ranks it ("…均居" ranks all
     * before it); with words of its own ("便利店发展指数位列全国第三") it is a figure: the place.
     */
    private static void ranks(String s, List<Quantity> found) {
        Matcher m = RANK.matcher(s);
        while (m.find()) {
            int position = m.group("first") != null ? 1 : numberOf(m.group("n"));
            String head = m.group("head");
            if (position < 1
                    || m.group("first") != null && !RANK_VERB.matcher(head).find()) {
                continue; // "放在首位" is a priority, "居…首位" a rank
            }
            String label;
            String scope;
            Matcher verb = RANK_VERB.matcher(head);
            int verbEnd = -1;
            int verbStart = -1;
            while (verb.find()) {
                verbStart = verb.start();
                verbEnd = verb.end();
            }
            if (verbEnd >= 0) {
                label = head.substring(0, verbStart);
                scope = head.substring(verbEnd);
            } else {
                Matcher starts = SCOPE_START.matcher(head);
                int at = starts.find() ? starts.start() : 0;
                label = head.substring(0, at);
                scope = head.substring(at);
            }
            Matcher in = Pattern.compile("^在(.+)中$").matcher(label);
            if (in.find()) {
                // "在全国百强县中排名第8位": the words before the verb are the scope, not a subject
                scope = scope.isEmpty() ? in.group(1) : in.group(1) + scope;
                label = "";
            }
            int at = m.start("head");
            List<Quantity> before = found.stream()
                    .filter(q -> q.end <= at && q.rankPosition == null && !q.absorbed)
                    .toList();
            String connector = label.replaceAll(RANK_CONNECTORS, "");
            // "总量居全国首位" ranks the level before it, "增速居全省第一" the rate
            boolean ofSize = label.matches(".*(总量|规模|数量|总数).*");
            boolean ofRate = label.matches(".*(增速|增幅).*");
            List<Quantity> candidates = before.stream()
                    .filter(q -> !ofSize || !q.isRate())
                    .filter(q -> !ofRate || q.isRate() || q.change != null)
                    .toList();
            Quantity last = candidates.isEmpty() ? null : candidates.get(candidates.size() - 1);
            boolean restated = last != null
                    && connector.length() >= 2
                    && (last.prefix.contains(connector)
                            || s.substring(0, last.start).endsWith(connector));
            if ((connector.isBlank() || restated) && last != null && nextClause(s, last.end, at)) {
                List<Quantity> ranked = label.endsWith("均") ? before : List.of(last);
                for (Quantity q : ranked) {
                    q.rankPosition = position;
                    q.rankScope = scope;
                }
            } else {
                Quantity place = new Quantity(m.start(), m.end(), BigDecimal.valueOf(position), "位");
                place.doubts.add(Candidate.Doubt.RANK); // a place of its own, or the rank of a figure before?
                place.rankPosition = position;
                place.rankScope = scope;
                place.label = label.replaceAll("^在|中$", "") + (label.isBlank() ? "" : "排名");
                found.add(place);
            }
        }
        found.sort(java.util.Comparator.comparingInt(q -> q.start));
    }

    /**
     * A rank ranks what its own sentence states just before it, in this clause or the one before
     * ("247亿元,增长110%,综合排名全省第一": the change between belongs to the level).
     */
    private static boolean nextClause(String s, int from, int to) {
        String between = s.substring(Math.min(from, to), to)
                .replaceAll("[,,、]\\s*(同比|年均|比上年|较上年|同口径|实际|名义)?(增长|下降|提高|降低|减少|上升)(率为)?\\s*\\d+(\\.\\d+)?\\s*%", "");
        return between.replaceAll("[^,,;;]", "").length() <= 1;
    }

    private static int numberOf(String n) {
        if (n.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(n);
        }
        BigDecimal value = ChineseNumerals.parse(n);
        return value == null ? -1 : value.intValue();
    }

    /** The words before a quantity, without the verbs and connectors around them. */
    private static void labels(String s, List<Quantity> found) {
        String previousLabel = null;
        for (Quantity q : found) {
            if (q.label == null
                    && previousLabel != null
                    && LIST_JOINER.matcher(q.prefix).matches()) {
                q.label = previousLabel; // "46426 元和 22103 元": a list's later items are of its subject
            }
            if (q.label == null) {
                String words = TRAILING.matcher(LEADING.matcher(q.prefix).replaceFirst(""))
                        .replaceFirst("")
                        .strip();
                words = words.replaceAll("^[\\s、,,]+", "");
                if (words.isEmpty() || words.length() > 30) {
                    q.doubts.add(Candidate.Doubt.LABEL); // no words of its own before it, or too many
                }
                if (words.isEmpty()) {
                    String rest = (s.substring(q.end) + " ").split("[,,。;;、]")[0];
                    words = previousLabel != null && rest.isBlank()
                            ? previousLabel
                            : rest.replaceAll("^(余|多|左右|以上)", "").strip();
                }
                q.label = words.isEmpty() ? s.substring(0, Math.min(s.length(), 20)) : words;
            }
            previousLabel = q.label;
        }
        listLabels(s, found);
    }

    /**
     * "城乡居民人均收入分别年均增长 6.7%、8.8%", "亡人事故起数和死亡人数分别下降 12.7%、15%": the items of a
     * list each take their own subject, when the subjects are as many as the values (城乡 is 城镇 and
     * 农村; "城镇、农村居民…" lends the first its noun).
     */
    private static void listLabels(String s, List<Quantity> found) {
        for (int i = 0; i < found.size(); ) {
            int end = i + 1;
            while (end < found.size()
                    && found.get(end).label.equals(found.get(i).label)
                    && found.get(end - 1).end <= found.get(end).start
                    && LIST_JOINER
                            .matcher(s.substring(found.get(end - 1).end, found.get(end).start))
                            .matches()) {
                end++;
            }
            List<String> subjects = subjects(found.get(i).label, end - i);
            if (subjects != null) {
                for (int k = i; k < end; k++) {
                    found.get(k).label = subjects.get(k - i);
                }
            }
            i = end;
        }
    }

    private static List<String> subjects(String label, int count) {
        if (count < 2) {
            return null;
        }
        if (count == 2 && label.startsWith("城乡")) {
            return List.of("城镇" + label.substring(2), "农村" + label.substring(2));
        }
        List<String> parts = Arrays.asList(label.split("、|和|与|及"));
        if (parts.size() != count || parts.stream().anyMatch(String::isBlank)) {
            return null;
        }
        String last = parts.get(count - 1);
        List<String> subjects = new ArrayList<>();
        for (String part : parts.subList(0, count - 1)) {
            // "城镇、农村居民人均可支配收入": a short first item shares the last one's noun
            subjects.add(
                    part.length() <= 4 && last.length() > part.length() + 2
                            ? part + last.substring(part.length())
                            : part);
        }
        subjects.add(last);
        return subjects;
    }

    private int clauseStart(String s, int at) {
        int start = 0;
        for (int i = at - 1; i >= 0; i--) {
            if (",,;;".indexOf(s.charAt(i)) >= 0) {
                start = i + 1;
                break;
            }
        }
        return start;
    }

    private Candidate candidate(ReportText.Sentence sentence, Quantity q, int reportYear, Obligation obligation) {
        Part part = sentence.part();
        TargetKind kind = null;
        Comparator comparator = null;
        Integer startYear = null;
        Integer endYear = null;
        if (part == Part.PLAN) {
            // the plan's five years from the report's year, unless the sentence names its end ("到 2027 年")
            // or the part is this year's plan ("今年发展主要预期目标是:", "二、2024年主要预期目标")
            Matcher by = BY_YEAR.matcher(sentence.text());
            startYear = reportYear;
            boolean named = by.find();
            endYear = named
                    ? Math.max(reportYear, Integer.parseInt(by.group(1)))
                    : thisYearsPlan(sentence.opening(), reportYear) ? reportYear : reportYear + 4;
            String opening = sentence.opening() == null ? "" : sentence.opening();
            if (!named && !opening.contains("五年") && !thisYearsPlan(opening, reportYear)) {
                q.doubts.add(Candidate.Doubt.YEARS); // the heading ("工作安排") says not whose plan this is
            }
            kind = targetKind(q);
            comparator = switch (q.qualifier) {
                case AT_MOST -> Comparator.AT_MOST;
                case ABOUT -> Comparator.ABOUT;
                default -> LOWERED_TO.matcher(q.prefix).find() ? Comparator.AT_MOST : Comparator.AT_LEAST;
            };
        }
        Quantity c = q.change;
        return new Candidate(
                sentence.index(),
                part,
                sentence.section(),
                q.label,
                q.value,
                q.unit,
                q.direction,
                c == null ? null : c.value,
                c == null ? null : c.unit,
                c == null ? null : c.direction,
                q.comparedWith,
                q.qualifier,
                q.basis,
                q.rankPosition,
                q.rankScope,
                indicator(q),
                sentence.text(),
                kind,
                comparator,
                startYear,
                endYear,
                part == Part.PLAN ? q.high : null,
                part == Part.PLAN ? obligation : null,
                sentence.page(),
                List.copyOf(q.doubts));
    }

    private static boolean thisYearsPlan(String opening, int reportYear) {
        return opening != null
                && !opening.contains("五年")
                && (opening.contains("今年") || opening.contains("本年") || opening.contains(reportYear + "年"));
    }

    private static TargetKind targetKind(Quantity q) {
        if (q.basis == Basis.YEARLY_AVERAGE && q.isRate()) {
            return TargetKind.YEARLY_GROWTH;
        }
        if (q.prefix.matches(".*(再增加|新增|增加|净增)\\s*$")) {
            return TargetKind.CUMULATIVE_INCREASE;
        }
        if (q.prefix.matches(".*(开发|建设|新建|建成|实施|改造|完成)\\s*$")) {
            return TargetKind.COUNT_TO_DELIVER;
        }
        return TargetKind.LEVEL;
    }

    /** The catalogue's indicator whose name the label contains (the longest), in a unit that converts. */
    private String indicator(Quantity q) {
        Unit unit = Unit.isKnown(q.unit) ? Unit.of(q.unit) : null;
        Indicator best = null;
        for (Indicator i : catalogue) {
            String name = i.getNameZh().replaceAll("[((].*$", "").strip();
            boolean named =
                    q.label.contains(name) || name.length() >= 4 && name.contains(q.label) && q.label.length() >= 4;
            if (named
                    && unit != null
                    && unit.isConvertibleTo(i.getUnit())
                    && (best == null || name.length() > best.getNameZh().length())) {
                best = i;
            }
        }
        return best == null ? null : best.getCode();
    }

    private static String units() {
        List<String> symbols = new ArrayList<>(
                Arrays.stream(BaseUnit.values()).map(BaseUnit::symbol).toList());
        symbols.add("个工作日");
        symbols.sort(java.util.Comparator.comparingInt(String::length).reversed());
        return String.join("|", symbols.stream().map(Pattern::quote).toList());
    }
}
