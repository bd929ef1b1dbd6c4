package org.cityreports.sampledata;

import org.cityreports.report.entity.Basis;
import org.cityreports.report.entity.Comparator;
import org.cityreports.report.entity.Direction;
import org.cityreports.report.entity.DocumentKind;
import org.cityreports.report.entity.Part;
import org.cityreports.report.entity.Qualifier;
import org.cityreports.report.entity.TargetKind;

import java.math.BigDecimal;
import java.util.List;

/** One report of the sample data, as transcribed in {@code sample-data/<city>-<year>.json}. */
public class SampleReport {
    public String city;
    public int year;
    public DocumentKind documentKind;
    public String title;
    /** The report's text as published, beside the JSON file. */
    public String sourceFile;

    public List<SectionEntry> sections = List.of();
    /** Numbers in the text that are not figures (years, names), so none is missed silently. */
    public List<NotAFigure> notFigures = List.of();

    public static class SectionEntry {
        public Part part;
        public String title;
        public String narrative;
        public List<FigureEntry> figures = List.of();
        public List<TargetEntry> targets = List.of();
    }

    public static class FigureEntry {
        public String label;
        public BigDecimal value;
        public String unit;
        /** How the report writes the value when not in digits: 半个工作日, 两项, 第三. */
        public String writtenAs;

        public Direction direction;
        public ChangeEntry change;
        public String base;
        public Qualifier qualifier;
        public PeriodEntry period;
        public Basis basis;
        public RankEntry rank;
        public String indicator;
        public boolean headline;
        public String source;
    }

    public static class ChangeEntry {
        public BigDecimal value;
        public String unit;
        public Direction direction;
    }

    public static class PeriodEntry {
        public int from;
        public int to;
    }

    public static class RankEntry {
        public int position;
        public String scope;
    }

    public static class TargetEntry {
        public String label;
        public TargetKind kind;
        public Comparator comparator;
        public BigDecimal value;
        public String unit;
        public String writtenAs;
        public Integer startYear;
        public Integer endYear;
        public String indicator;
        public String source;
    }

    public static class NotAFigure {
        public String number;
        public String reason;
        public String context;
    }
}
