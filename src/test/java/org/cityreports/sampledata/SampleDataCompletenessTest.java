package org.cityreports.sampledata;

import org.cityreports.unit.Unit;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The sample data is the seeds transcribed completely: every number in each seed's text is a
 * figure's or target's value or is listed as not a figure, every figure quotes a sentence of the
 * seed, and that sentence states the figure's value.
 */
class SampleDataCompletenessTest {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    private final SampleCatalogue catalogue = SampleDataFiles.catalogue();

    @TestFactory
    Stream<DynamicTest> everyNumberOfEachSeedIsAFigureOrListedAsNotAFigure() {
        return SampleDataFiles.reports(catalogue).stream()
                .map(report -> dynamicTest(report.sourceFile, () -> {
                    String text = readable(SampleDataFiles.sourceText(report));
                    Map<String, Integer> accounted = new HashMap<>();
                    values(report).forEach(v -> accounted.merge(v, 1, Integer::sum));
                    List<String> missed = new ArrayList<>();
                    Matcher m = NUMBER.matcher(text);
                    while (m.find()) {
                        String number = key(new BigDecimal(m.group()));
                        if (accounted.getOrDefault(number, 0) > 0) {
                            accounted.merge(number, -1, Integer::sum);
                        } else {
                            missed.add(number + " in «" + around(text, m.start(), m.end()) + "»");
                        }
                    }
                    assertEquals(List.of(), missed, "numbers of " + report.sourceFile + " that no figure accounts for");
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyFigureQuotesItsSeedAndItsSentenceStatesTheValue() {
        return SampleDataFiles.reports(catalogue).stream()
                .map(report -> dynamicTest(report.sourceFile, () -> {
                    String seed = squeezed(SampleDataFiles.sourceText(report));
                    List<String> problems = new ArrayList<>();
                    for (SampleReport.SectionEntry section : report.sections) {
                        for (SampleReport.FigureEntry f : section.figures) {
                            check(problems, seed, f.label, f.source, f.value, f.writtenAs);
                        }
                        for (SampleReport.TargetEntry t : section.targets) {
                            check(problems, seed, t.label, t.source, t.value, t.writtenAs);
                        }
                    }
                    for (SampleReport.NotAFigure n : report.notFigures) {
                        if (!seed.contains(squeezed(n.context))
                                || !squeezed(n.context).contains(n.number)) {
                            problems.add(
                                    "not-a-figure " + n.number + ": context «" + n.context + "» is not in the seed");
                        }
                    }
                    assertEquals(List.of(), problems);
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyUnitAndIndicatorOfTheSampleDataIsKnown() {
        Set<String> indicators = catalogue.indicators.stream().map(i -> i.code).collect(Collectors.toSet());
        return SampleDataFiles.reports(catalogue).stream()
                .map(report -> dynamicTest(report.sourceFile, () -> {
                    List<String> unknown = new ArrayList<>();
                    for (SampleReport.SectionEntry section : report.sections) {
                        for (SampleReport.FigureEntry f : section.figures) {
                            if (!Unit.isKnown(f.unit) || f.change != null && !Unit.isKnown(f.change.unit)) {
                                unknown.add("unit of " + f.label);
                            }
                            if (f.indicator != null && !indicators.contains(f.indicator)) {
                                unknown.add("indicator " + f.indicator);
                            }
                        }
                        for (SampleReport.TargetEntry t : section.targets) {
                            if (!Unit.isKnown(t.unit)) {
                                unknown.add("unit of target " + t.label);
                            }
                        }
                    }
                    assertEquals(List.of(), unknown);
                }));
    }

    private static void check(
            List<String> problems, String seed, String label, String source, BigDecimal value, String writtenAs) {
        String sentence = squeezed(source);
        if (!seed.contains(sentence)) {
            problems.add(label + ": source sentence is not in the seed: «" + source + "»");
        }
        boolean stated = writtenAs != null
                ? sentence.contains(squeezed(writtenAs))
                : NUMBER.matcher(sentence).results().anyMatch(r -> key(new BigDecimal(r.group()))
                        .equals(key(value)));
        if (!stated) {
            problems.add(label + ": its sentence does not state " + (writtenAs != null ? writtenAs : value));
        }
    }

    /** Every number the transcription accounts for, once per figure, change, target and listed non-figure. */
    private static List<String> values(SampleReport report) {
        List<String> values = new ArrayList<>();
        for (SampleReport.SectionEntry section : report.sections) {
            for (SampleReport.FigureEntry f : section.figures) {
                if (f.writtenAs == null) {
                    values.add(key(f.value));
                }
                if (f.change != null) {
                    values.add(key(f.change.value));
                }
            }
            for (SampleReport.TargetEntry t : section.targets) {
                if (t.writtenAs == null) {
                    values.add(key(t.value));
                }
            }
        }
        report.notFigures.forEach(n -> values.add(key(new BigDecimal(n.number))));
        return values;
    }

    private static String key(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** The seed as a reader sees it: no markdown bold, PM2.5 written plainly. */
    private static String readable(String text) {
        return text.replace("**", "").replace("PM_{2.5}", "PM2.5");
    }

    /** Readable text without any white space, so sentences broken across lines and pages compare equal. */
    static String squeezed(String text) {
        return readable(text).replaceAll("[\\s\\u3000]+", "");
    }

    private static String around(String text, int start, int end) {
        return text.substring(Math.max(0, start - 12), Math.min(text.length(), end + 12))
                .replaceAll("\\s+", " ");
    }
}
