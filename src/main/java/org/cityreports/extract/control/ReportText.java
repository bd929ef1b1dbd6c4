package org.cityreports.extract.control;

import org.cityreports.document.control.PageMarker;
import org.cityreports.report.entity.Part;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * A report's text made readable for the rules: markdown emphasis and subscripts gone, full-width
 * digits and traditional characters of the words the rules read made plain, sentences broken by
 * page breaks or line wraps joined again; then split into sentences, each knowing its part and
 * section from the headings before it.
 */
public final class ReportText {

    /**
     * One sentence of the cleaned text, with where it stands in it, the page of the report's file it
     * starts on (null for text without {@linkplain PageMarker page markers}), and the heading or
     * sentence that opened its part ("今后五年的主要目标", "今年发展主要预期目标是:…"; null if none did).
     */
    public record Sentence(
            int index, String text, int start, int end, Part part, String section, Integer page, String opening) {}

    /** Where a page of the report's file begins in the cleaned text. */
    private record PageStart(int offset, int page) {}

    /** Text as joined, with where its pages begin. */
    private record Joined(String text, List<PageStart> pages) {}

    private static final Pattern PAGE_MARKER = Pattern.compile("^\\s*〔第\\s*(\\d{1,4})\\s*页〕\\s*$");

    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__");
    private static final Pattern SUBSCRIPT = Pattern.compile("_\\{([^}]*)}");
    private static final String TERMINAL = "。!?;:!?;:”\"』」)";
    /** A line that goes on with the figure above it: its verb, or its rank ("增速居全省第1位"). */
    private static final Pattern CONTINUES =
            Pattern.compile("^(达到|增长|下降|历史性|提高|实现|完成|同比|比上年|较上年|(增速|总量|规模|数量)?(位居|位列|居|排名|排在)\\S{0,12}(第|首位))");

    private static final Pattern BULLET = Pattern.compile("^[●•·\\-–—]\\s*");
    private static final int PAGE_WIDE = 40;
    private static final Pattern NUMBERING = Pattern.compile("^([一二三四五六七八九十]+[、.]|[((][一二三四五六七八九十]+[))]|\\d+[、.])");
    private static final Pattern PLAN_HEADING =
            Pattern.compile("(预期目标|主要目标|奋斗目标|目标任务|工作安排|工作任务|工作的建议|总体要求|主要指标|\\d{4}年[^回]*目标$)");
    /** "今年发展主要预期目标是:…" opens the plan inside a paragraph, for that sentence and what follows. */
    private static final Pattern PLAN_SENTENCE = Pattern.compile(
            "(预期目标|主要目标|奋斗目标)(建议)?(是|为|如下)?[::]|指标安排(是|为|如下)?[::]" + "|(^|[::])今年[^。;;?!?!]{0,30}?(预期|力争|目标)");

    private static final Map<Character, Character> SIMPLIFIED = simplified();

    private final String text;
    private final List<Sentence> sentences;

    private ReportText(String text, List<Sentence> sentences) {
        this.text = text;
        this.sentences = sentences;
    }

    public static ReportText of(String raw) {
        Joined joined = join(normalise(raw == null ? "" : raw));
        return new ReportText(joined.text(), split(joined));
    }

    public String text() {
        return text;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    /** Markdown, subscripts, full-width digits and signs, traditional characters. */
    static String normalise(String raw) {
        String text = SUBSCRIPT
                .matcher(EMPHASIS.matcher(raw.replace("\r\n", "\n").replace('\r', '\n'))
                        .replaceAll(""))
                .replaceAll("$1");
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '０' && c <= '９') {
                out.append((char) (c - '０' + '0'));
            } else if (c == '％') {
                out.append('%');
            } else if (c == '．') {
                out.append('.');
            } else if (c == '\u3000' || c == '\u00A0') {
                out.append(' ');
            } else {
                out.append(SIMPLIFIED.getOrDefault(c, c));
            }
        }
        return out.toString();
    }

    /**
     * Joins what a page break or wrap split: a long line that does not end a sentence continues on
     * the next line; a short line (a label above its value, as press interpretations lay figures
     * out) continues when the next line goes on with its verb ("达到…", "增长…").
     */
    private static Joined join(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder();
        List<PageStart> pages = new ArrayList<>();
        String pending = null;
        for (String line : lines) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            OptionalInt marked = PageMarker.pageOf(stripped);
            if (marked.isPresent()) {
                // a sentence broken by the page goes on across it, and belongs to the page it starts on
                pages.add(new PageStart(out.length() + (pending == null ? 0 : pending.length()), marked.getAsInt()));
                continue;
            }
            if (pending != null) {
                boolean ended = TERMINAL.indexOf(pending.charAt(pending.length() - 1)) >= 0;
                boolean bullet = BULLET.matcher(stripped).find();
                if (!ended && !bullet && pending.length() >= PAGE_WIDE) {
                    pending = pending + stripped;
                    continue;
                }
                if (!ended && !bullet && CONTINUES.matcher(stripped).find()) {
                    pending = pending + " " + stripped;
                    continue;
                }
                out.append(pending).append('\n');
            }
            pending = stripped;
        }
        if (pending != null) {
            out.append(pending).append('\n');
        }
        return new Joined(out.toString(), pages);
    }

    private static List<Sentence> split(Joined joined) {
        String text = joined.text();
        List<Sentence> sentences = new ArrayList<>();
        Part part = Part.ANNUAL_REVIEW;
        String section = null;
        String opening = null;
        int lineStart = 0;
        for (String line : text.split("\n")) {
            int offset = lineStart;
            lineStart += line.length() + 1;
            Part heading = partOf(line);
            if (heading != null) {
                part = heading;
                section = null;
                opening = line.strip();
                continue;
            }
            if (isHeading(line)) {
                section = line.replaceAll("\\s+", " ").strip();
                continue;
            }
            int start = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if ("。!?;!?;".indexOf(c) >= 0 || i == line.length() - 1) {
                    if (PLAN_SENTENCE.matcher(line.substring(start, i + 1)).find()) {
                        if (part != Part.PLAN) {
                            part = Part.PLAN;
                            section = null;
                        }
                        opening = line.substring(start, i + 1).strip();
                    }
                    add(sentences, line, offset, start, i + 1, part, section, joined.pages(), opening);
                    start = i + 1;
                }
            }
        }
        return sentences;
    }

    private static void add(
            List<Sentence> sentences,
            String line,
            int offset,
            int from,
            int to,
            Part part,
            String section,
            List<PageStart> pages,
            String opening) {
        String raw = line.substring(from, to);
        var bullet = BULLET.matcher(raw);
        int skip = bullet.find() ? bullet.end() : 0;
        while (skip < raw.length() && Character.isWhitespace(raw.charAt(skip))) {
            skip++;
        }
        String sentence = raw.substring(skip).strip();
        if (!sentence.isEmpty()) {
            int start = offset + from + skip;
            sentences.add(new Sentence(
                    sentences.size(),
                    sentence,
                    start,
                    start + sentence.length(),
                    part,
                    section,
                    pageAt(pages, start),
                    opening));
        }
    }

    private static Integer pageAt(List<PageStart> pages, int offset) {
        Integer page = null;
        for (PageStart p : pages) {
            if (p.offset() > offset) {
                break;
            }
            page = p.page();
        }
        return page;
    }

    /**
     * A heading that opens a part: "2021 年工作回顾", "一年来…", "2023年成绩单" (annual); "过去五年…",
     * "五年工作回顾" (five-year); "今后五年的主要目标", "二、2023年主要预期目标", "2024年奋斗目标", "对今年
     * 政府工作的建议", "工作安排" (plan). Numbering ("一、", "(二)") is read past.
     */
    static Part partOf(String line) {
        String l = NUMBERING.matcher(line.replaceAll("[\\s·•]", "")).replaceFirst("");
        if (l.isEmpty() || l.length() > 30 || TERMINAL.indexOf(l.charAt(l.length() - 1)) >= 0) {
            return null;
        }
        if (l.startsWith("过去五年") || l.startsWith("五年来") || l.contains("五年工作回顾") || l.contains("五年成绩单")) {
            return Part.FIVE_YEAR_REVIEW;
        }
        if (l.startsWith("今后") || PLAN_HEADING.matcher(l).find() && !l.matches(".*(完成|实现|超额|圆满|执行).*")) {
            return Part.PLAN;
        }
        if (l.contains("回顾") || l.contains("成绩单") || l.startsWith("一年来") || l.startsWith("过去一年")) {
            return Part.ANNUAL_REVIEW;
        }
        return null;
    }

    /** A short line that ends no sentence, states no number and is not a list item: a theme's title. */
    static boolean isHeading(String line) {
        String l = line.strip();
        return !l.isEmpty()
                && l.length() <= 30
                && TERMINAL.indexOf(l.charAt(l.length() - 1)) < 0
                && !BULLET.matcher(l).find()
                && !l.matches(".*\\d.*")
                && !l.contains(",")
                && !l.contains(",");
    }

    /** The traditional forms of the characters the rules read. */
    private static Map<Character, Character> simplified() {
        String traditional =
                "億萬餘個項達實現長額總產資業點約於內為價準構數減較與積計劃標車輛畝噸裡戶處級體區開發兩進場營預稅費財經濟規單設備鐵綠蓋應質優環氣際從過國會圍員學醫療號屆歲貿幣僅幾億務鎮農糧億線廠礦電網園專權險動勞機務類與讓導擴邊鄉縣歷對務顧後兒強記確續鬆穩樂觀書層齊態據樣護證測運輸亞團協廣東當時間門問關愛"
                        + "連徑張邁階躍籌創濃淨這銷領條並將點壓縮調查";
        String simple =
                "亿万余个项达实现长额总产资业点约于内为价准构数减较与积计划标车辆亩吨里户处级体区开发两进场营预税费财经济规单设备铁绿盖应质优环气际从过国会围员学医疗号届岁贸币仅几亿务镇农粮亿线厂矿电网园专权险动劳机务类与让导扩边乡县历对务顾后儿强记确续松稳乐观书层齐态据样护证测运输亚团协广东当时间门问关爱"
                        + "连径张迈阶跃筹创浓净这销领条并将点压缩调查";
        Map<Character, Character> map = new java.util.HashMap<>();
        for (int i = 0; i < traditional.length(); i++) {
            map.putIfAbsent(traditional.charAt(i), simple.charAt(i));
        }
        return Map.copyOf(map);
    }
}
