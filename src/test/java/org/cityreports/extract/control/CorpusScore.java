package org.cityreports.extract.control;

import org.cityreports.report.entity.Direction;
import org.cityreports.report.entity.Obligation;
import org.cityreports.report.entity.Qualifier;
import org.cityreports.sampledata.SampleDataFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scores the extractor on the gold corpus in {@code src/test/resources/extraction/corpus/}: passages
 * written apart from the rules, each figure marked where the text states it (the format is in that
 * folder's README). Value+unit by precision and recall; kind, change, qualifier, rank and the target's
 * range and obligation by the share of matched figures the extractor got right.
 *
 * <p>{@code bench/extraction} prints the table; {@link ExtractionCorpusTest} holds the thresholds.
 */
public final class CorpusScore {

    static final String[] FIELDS = {"kind", "change", "qualifier", "rank", "target"};

    private static final Pattern ANNOTATION = Pattern.compile("\\{([^}]*)}");
    private static final Pattern WRITTEN = Pattern.compile(
            "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*(?:余|多)?\\s*([^\\d\\s,,。;;、:()()]{1,8}?)\\s*$");
    private static final Pattern QUALIFIER_AFTER = Pattern.compile("(左右|以上|以内|以下)$");
    private static final String SENTENCE_END = "。;;!?!?\n";

    /** One figure or target of the gold, where the passage states it. */
    record Gold(
            String kind,
            BigDecimal value,
            String unit,
            String change,
            String qualifier,
            Integer rank,
            String target,
            String sentence) {}

    /** A passage: its text as the extractor gets it, the report's year and what it states. */
    record Passage(String name, String text, int year, List<Gold> golds) {}

    /** Counts for one passage or all of them. */
    static final class Tally {
        int gold;
        int found;
        int matched;
        final int[] right = new int[FIELDS.length];
        final List<String> misses = new ArrayList<>();

        void add(Tally other) {
            gold += other.gold;
            found += other.found;
            matched += other.matched;
            for (int f = 0; f < FIELDS.length; f++) {
                right[f] += other.right[f];
            }
            misses.addAll(other.misses);
        }

        double precision() {
            return found == 0 ? 1 : (double) matched / found;
        }

        double recall() {
            return gold == 0 ? 1 : (double) matched / gold;
        }

        double accuracy(int field) {
            return matched == 0 ? 1 : (double) right[field] / matched;
        }
    }

    private CorpusScore() {}

    public static void main(String[] args) {
        Map<String, Tally> tallies = score(passages(), ExtractionQualityTest.extractor(SampleDataFiles.catalogue()));
        print(tallies, args.length > 0 && args[0].equals("--misses"));
    }

    /** Every passage of the corpus, in file-name order. */
    static List<Passage> passages() {
        try {
            Path folder = Path.of(Objects.requireNonNull(CorpusScore.class.getResource("/extraction/corpus"))
                    .toURI());
            try (Stream<Path> files = Files.list(folder)) {
                return files.filter(p -> p.getFileName().toString().endsWith(".txt"))
                        .sorted()
                        .map(CorpusScore::passage)
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Passage passage(Path file) {
        String name = file.getFileName().toString().replace(".txt", "");
        String raw;
        try {
            raw = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int year = 0;
        StringBuilder body = new StringBuilder();
        for (String line : raw.split("\n", -1)) {
            if (line.startsWith("# year:")) {
                year = Integer.parseInt(line.substring(7).strip());
            } else if (!line.startsWith("#")) {
                body.append(line).append('\n');
            }
        }
        StringBuilder text = new StringBuilder();
        List<int[]> at = new ArrayList<>();
        List<String> marks = new ArrayList<>();
        Matcher m = ANNOTATION.matcher(body);
        int last = 0;
        while (m.find()) {
            text.append(body, last, m.start());
            at.add(new int[] {text.length()});
            marks.add(m.group(1).strip());
            last = m.end();
        }
        text.append(body.substring(last));
        List<Gold> golds = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            int offset = at.get(i)[0];
            String sentence = sentence(text, offset);
            String mark = marks.get(i);
            if (mark.matches("r=\\d+")) {
                // a rank stated after its figure: it ranks the figure before it in the sentence
                Gold previous = golds.isEmpty() ? null : golds.get(golds.size() - 1);
                if (previous == null || !previous.sentence.equals(sentence)) {
                    throw new IllegalArgumentException(name + ": {" + mark + "} ranks no figure of its sentence");
                }
                golds.set(
                        golds.size() - 1,
                        new Gold(
                                previous.kind,
                                previous.value,
                                previous.unit,
                                previous.change,
                                previous.qualifier,
                                Integer.valueOf(mark.substring(2)),
                                previous.target,
                                previous.sentence));
                continue;
            }
            golds.add(gold(name, mark, text.substring(0, offset), sentence));
        }
        if (year == 0) {
            throw new IllegalArgumentException(name + ": no '# year:' line");
        }
        return new Passage(name, text.toString(), year, golds);
    }

    private static String sentence(CharSequence text, int offset) {
        int from = offset;
        while (from > 0 && SENTENCE_END.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = offset;
        while (to < text.length() && SENTENCE_END.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return text.subSequence(from, to).toString();
    }

    /** "L +4.9% b=上年 ~ r=3", "C up", "T 5% hi=5.5 bind": see the corpus README. */
    private static Gold gold(String passage, String mark, String before, String sentence) {
        String[] tokens = mark.split("\\s+");
        String kind = tokens[0];
        if (!kind.matches("[LCT]")) {
            throw new IllegalArgumentException(passage + ": {" + mark + "} starts with no kind (L, C or T)");
        }
        BigDecimal value = null;
        String unit = null;
        String direction = null;
        String change = "";
        String base = "";
        String qualifier = null;
        Integer rank = null;
        String high = null;
        String obligation = null;
        for (int i = 1; i < tokens.length; i++) {
            String t = tokens[i];
            if (t.matches("\\d+(\\.\\d+)?\\D.*")) {
                Matcher v = Pattern.compile("(\\d+(?:\\.\\d+)?)(.+)").matcher(t);
                v.matches();
                value = new BigDecimal(v.group(1));
                unit = v.group(2);
            } else if (t.equals("up") || t.equals("down")) {
                direction = t.equals("up") ? Direction.UP.name() : Direction.DOWN.name();
            } else if (t.matches("[+-]\\d.*")) {
                Matcher c = Pattern.compile("([+-])(\\d+(?:\\.\\d+)?)(.+)").matcher(t);
                c.matches();
                change = new BigDecimal(c.group(2)).stripTrailingZeros().toPlainString()
                        + c.group(3)
                        + (c.group(1).equals("+") ? Direction.UP : Direction.DOWN);
            } else if (t.startsWith("b=")) {
                base = t.substring(2);
            } else if (t.startsWith("r=")) {
                rank = Integer.valueOf(t.substring(2));
            } else if (t.startsWith("hi=")) {
                high = new BigDecimal(t.substring(3)).stripTrailingZeros().toPlainString();
            } else if (t.equals("bind") || t.equals("exp")) {
                obligation = t.equals("bind") ? Obligation.BINDING.name() : Obligation.EXPECTED.name();
            } else if (t.matches("~|>|>=|<=")) {
                qualifier = switch (t) {
                    case "~" -> Qualifier.ABOUT.name();
                    case ">" -> Qualifier.MORE_THAN.name();
                    case ">=" -> Qualifier.AT_LEAST.name();
                    default -> Qualifier.AT_MOST.name();
                };
            } else {
                throw new IllegalArgumentException(passage + ": {" + mark + "}: what is '" + t + "'?");
            }
        }
        if (value == null && high != null) {
            throw new IllegalArgumentException(passage + ": {" + mark + "} is a range: write its low end");
        }
        if (value == null) {
            String written = ReportText.normalise(before).stripTrailing();
            written = QUALIFIER_AFTER.matcher(written).replaceFirst("");
            Matcher w = WRITTEN.matcher(written);
            if (!w.find()) {
                throw new IllegalArgumentException(
                        passage + ": {" + mark + "} follows no number with a unit; write the value: «"
                                + before.substring(Math.max(0, before.length() - 20)) + "»");
            }
            value = new BigDecimal(w.group(1).replace(",", ""));
            unit = w.group(2).replace("余", "").replace("多", "");
        }
        String changeField = kind.equals("T") ? null : direction + "|" + change + "|" + base.replace(" ", "");
        String targetField = kind.equals("T") ? high + "|" + obligation : null;
        if (kind.equals("T") && qualifier == null) {
            qualifier = Qualifier.AT_LEAST.name(); // a plan's target is a floor unless it says otherwise
        }
        return new Gold(kind, value, unit, changeField, qualifier, rank, targetField, sentence.strip());
    }

    /** Matches the candidates of every passage to its gold and counts. */
    static Map<String, Tally> score(List<Passage> passages, FigureExtractor extractor) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (Passage p : passages) {
            tallies.put(p.name(), score(p, extractor.extract(ReportText.of(p.text()), p.year())));
        }
        return tallies;
    }

    static Tally score(Passage passage, List<Candidate> candidates) {
        Tally t = new Tally();
        t.gold = passage.golds().size();
        t.found = candidates.size();
        List<Candidate> open = new ArrayList<>(candidates);
        List<Gold> unmatched = new ArrayList<>(passage.golds());
        for (boolean sameSentence : new boolean[] {true, false}) {
            for (Gold g : new ArrayList<>(unmatched)) {
                Candidate c = open.stream()
                        .filter(x -> x.value().compareTo(g.value()) == 0
                                && x.unit().equals(g.unit())
                                && (!sameSentence || overlaps(x.sourceSentence(), g.sentence())))
                        .findFirst()
                        .orElse(null);
                if (c != null) {
                    open.remove(c);
                    unmatched.remove(g);
                    t.matched++;
                    compare(passage.name(), t, g, c);
                }
            }
        }
        unmatched.forEach(g -> t.misses.add(
                passage.name() + " missed " + g.value().toPlainString() + " " + g.unit() + " «" + g.sentence() + "»"));
        open.forEach(c -> t.misses.add(passage.name() + " extra " + c.value().toPlainString() + " " + c.unit() + " «"
                + c.sourceSentence() + "»"));
        return t;
    }

    private static void compare(String passage, Tally t, Gold g, Candidate c) {
        String kind = c.isTarget() ? "T" : c.direction() != null ? "C" : "L";
        String change = c.isTarget()
                ? null
                : c.direction() + "|"
                        + (c.changeValue() == null
                                ? ""
                                : c.changeValue().stripTrailingZeros().toPlainString()
                                        + c.changeUnit()
                                        + c.changeDirection())
                        + "|"
                        + (c.comparedWith() == null ? "" : c.comparedWith().replace(" ", ""));
        String qualifier = c.isTarget()
                ? (c.comparator() == null ? null : c.comparator().name())
                : c.qualifier() == null || c.qualifier() == Qualifier.EXACT
                        ? null
                        : c.qualifier().name();
        String target = c.isTarget()
                ? (c.high() == null ? null : c.high().stripTrailingZeros().toPlainString()) + "|"
                        + (c.obligation() == null ? null : c.obligation().name())
                : null;
        String[] expected = {g.kind(), g.change(), g.qualifier(), String.valueOf(g.rank()), g.target()};
        String[] actual = {kind, change, qualifier, String.valueOf(c.rankPosition()), target};
        for (int f = 0; f < FIELDS.length; f++) {
            if (Objects.equals(expected[f], actual[f])) {
                t.right[f]++;
            } else {
                t.misses.add(passage + " " + FIELDS[f] + " of " + g.value().toPlainString() + " " + g.unit() + ": gold "
                        + expected[f] + ", found " + actual[f] + " «" + g.sentence() + "»");
            }
        }
    }

    /** One sentence holds the other, once both are read the way the extractor reads text. */
    private static boolean overlaps(String candidate, String gold) {
        String a = candidate.replaceAll("\\s", "");
        String b = ReportText.normalise(gold).replaceAll("\\s", "");
        return a.contains(b) || b.contains(a);
    }

    static Tally total(Map<String, Tally> tallies) {
        Tally all = new Tally();
        tallies.values().forEach(all::add);
        return all;
    }

    static void print(Map<String, Tally> tallies, boolean misses) {
        System.out.println("Extraction on the gold corpus (src/test/resources/extraction/corpus)");
        System.out.printf(
                Locale.ROOT,
                "%-34s %5s %5s %5s %7s %7s %7s %7s %7s %7s %7s%n",
                "passage",
                "gold",
                "found",
                "match",
                "value P",
                "value R",
                "kind",
                "change",
                "qualif",
                "rank",
                "target");
        tallies.forEach((name, t) -> row(name, t));
        Tally all = total(tallies);
        row("all", all);
        if (misses) {
            all.misses.forEach(m -> System.out.println("  - " + m));
        }
    }

    private static void row(String name, Tally t) {
        System.out.printf(
                Locale.ROOT,
                "%-34s %5d %5d %5d %6.1f%% %6.1f%% %6.1f%% %6.1f%% %6.1f%% %6.1f%% %6.1f%%%n",
                name,
                t.gold,
                t.found,
                t.matched,
                100 * t.precision(),
                100 * t.recall(),
                100 * t.accuracy(0),
                100 * t.accuracy(1),
                100 * t.accuracy(2),
                100 * t.accuracy(3),
                100 * t.accuracy(4));
    }
}
