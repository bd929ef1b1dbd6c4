package org.cityreports.search.control;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.cityreports.city.entity.City;
import org.cityreports.indicator.entity.Indicator;
import org.cityreports.report.entity.Figure;
import org.cityreports.report.entity.Report;
import org.cityreports.report.entity.ReportItem;
import org.cityreports.report.entity.Section;
import org.cityreports.report.entity.Target;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A published report as the index holds it: one document naming the report, one per figure and
 * target, one per sentence of its narratives, and one per sentence of its source text that the
 * narratives do not already hold (a summary's narratives are its text).
 */
final class ReportDocuments {

    static final String TYPE_REPORT = "report";
    static final String TYPE_ITEM = "item";
    static final String TYPE_SENTENCE = "sentence";

    private ReportDocuments() {}

    static List<Document> of(Report report) {
        List<Document> documents = new ArrayList<>();
        Document named = new Document();
        named.add(new StringField(SearchIndex.TYPE, TYPE_REPORT, Field.Store.NO));
        named.add(new StringField(SearchIndex.REPORT, String.valueOf(report.getId()), Field.Store.YES));
        documents.add(named);
        Set<String> narrated = new HashSet<>();
        for (Section section : report.getSections()) {
            for (Figure figure : section.getFigures()) {
                String period = figure.getPeriodStart() == figure.getPeriodEnd()
                        ? String.valueOf(figure.getPeriodEnd())
                        : figure.getPeriodStart() + "–" + figure.getPeriodEnd();
                documents.add(item(
                        report, section, figure, "figure", figure.getValue().toPlainString(), period));
            }
            for (Target target : section.getTargets()) {
                String value = target.getHigh() == null
                        ? target.getValue().toPlainString()
                        : target.getValue().toPlainString() + "–"
                                + target.getHigh().toPlainString();
                documents.add(item(
                        report, section, target, "target", value, target.getStartYear() + "–" + target.getEndYear()));
            }
            List<String> sentences = section.narrativeSentences();
            for (int i = 0; i < sentences.size(); i++) {
                String sentence = sentences.get(i).strip();
                if (!sentence.isEmpty()) {
                    narrated.add(bare(sentence));
                    documents.add(sentence(
                            report,
                            section.getPart().name(),
                            section.getTitle(),
                            sentence,
                            "s-" + section.getId() + "-" + i));
                }
            }
        }
        List<String> source = report.sourceSentences();
        for (int i = 0; i < source.size(); i++) {
            String sentence = source.get(i).strip();
            if (!bare(sentence).isEmpty() && !narrated.contains(bare(sentence))) {
                documents.add(sentence(report, "", null, sentence, "text-" + i));
            }
        }
        return documents;
    }

    private static Document item(
            Report report, Section section, ReportItem item, String kind, String value, String years) {
        Document d = placed(report, TYPE_ITEM, section.getPart().name(), kind + "-" + item.getId());
        d.add(new StoredField(SearchIndex.KIND, kind));
        d.add(new StoredField(SearchIndex.LABEL, item.getLabel()));
        d.add(new StoredField(SearchIndex.VALUE, value));
        d.add(new StoredField(SearchIndex.UNIT, item.getUnit().symbol()));
        d.add(new StoredField(SearchIndex.YEARS, years));
        d.add(new StoredField(SearchIndex.SENTENCE, item.getSourceSentence()));
        Indicator indicator = item.getIndicator();
        // the label and the indicator's names in both languages are what the figure is; where it
        // stands (city, year, section, sentence) only helps a query that names it
        String names = indicator == null
                ? item.getLabel()
                : String.join(" ", item.getLabel(), indicator.getNameZh(), indicator.getNameEn(), indicator.getCode());
        searched(d, names);
        d.add(new TextField(
                SearchIndex.CONTEXT,
                context(report, section.getTitle()) + " " + item.getSourceSentence(),
                Field.Store.NO));
        return d;
    }

    private static Document sentence(Report report, String part, String sectionTitle, String sentence, String anchor) {
        Document d = placed(report, TYPE_SENTENCE, part, anchor);
        d.add(new StoredField(SearchIndex.SENTENCE, sentence));
        if (sectionTitle != null) {
            d.add(new StoredField(SearchIndex.SECTION, sectionTitle));
        }
        searched(d, sentence);
        d.add(new TextField(SearchIndex.CONTEXT, context(report, sectionTitle), Field.Store.NO));
        return d;
    }

    private static void searched(Document d, String text) {
        d.add(new TextField(SearchIndex.TEXT, text, Field.Store.NO));
        d.add(new TextField(SearchIndex.PAIRS, text, Field.Store.NO));
    }

    /** A sentence's letters and digits: the source text may set off what a narrative says with "●" or "**". */
    private static String bare(String sentence) {
        return sentence.codePoints()
                .filter(Character::isLetterOrDigit)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    private static Document placed(Report report, String type, String part, String anchor) {
        City city = report.getCity();
        Document d = new Document();
        d.add(new StringField(SearchIndex.TYPE, type, Field.Store.NO));
        d.add(new StringField(SearchIndex.REPORT, String.valueOf(report.getId()), Field.Store.NO));
        d.add(new StringField(SearchIndex.CITY, city.getSlug(), Field.Store.YES));
        d.add(new StoredField(SearchIndex.CITY_ZH, city.getNameZh()));
        d.add(new StoredField(SearchIndex.CITY_EN, city.getNameEn()));
        d.add(new IntPoint(SearchIndex.YEAR, report.getYear()));
        d.add(new StoredField(SearchIndex.YEAR, report.getYear()));
        d.add(new StringField(SearchIndex.PART, part, Field.Store.YES));
        d.add(new StoredField(SearchIndex.ANCHOR, anchor));
        return d;
    }

    private static String context(Report report, String sectionTitle) {
        City city = report.getCity();
        return String.join(
                " ",
                city.getNameZh(),
                city.getNameEn(),
                String.valueOf(report.getYear()),
                sectionTitle == null ? "" : sectionTitle);
    }
}
