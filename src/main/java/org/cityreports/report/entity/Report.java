package org.cityreports.report.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cityreports.city.entity.City;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** One city's government work report of one year (the year it is delivered). */
@Entity
@Table(name = "REPORT", uniqueConstraints =
        @UniqueConstraint(name = "UQ_REPORT_CITY_YEAR", columnNames = {"CITY_ID", "REPORT_YEAR"}))
@NamedQuery(name = Report.PUBLISHED_OF_CITY, query = "SELECT r FROM Report r WHERE r.city = :city"
        + " AND r.status = org.cityreports.report.entity.ReportStatus.PUBLISHED ORDER BY r.year DESC")
@NamedQuery(name = Report.PUBLISHED, query = "SELECT r FROM Report r JOIN FETCH r.city"
        + " WHERE r.status = org.cityreports.report.entity.ReportStatus.PUBLISHED ORDER BY r.city.slug, r.year DESC")
@NamedQuery(name = Report.PUBLISHED_BY_CITY_AND_YEAR, query = "SELECT r FROM Report r JOIN FETCH r.city"
        + " WHERE r.city.slug = :slug AND r.year = :year"
        + " AND r.status = org.cityreports.report.entity.ReportStatus.PUBLISHED")
@NamedQuery(name = Report.COUNT, query = "SELECT COUNT(r) FROM Report r")
public class Report {

    public static final String PUBLISHED_OF_CITY = "Report.publishedOfCity";
    public static final String PUBLISHED = "Report.published";
    public static final String PUBLISHED_BY_CITY_AND_YEAR = "Report.publishedByCityAndYear";
    public static final String COUNT = "Report.count";

    public static final int FIRST_YEAR = 1949;
    public static final int LAST_YEAR = 2100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "CITY_ID", nullable = false)
    private City city;

    @Min(value = FIRST_YEAR, message = "{report.year.range}")
    @Max(value = LAST_YEAR, message = "{report.year.range}")
    @Column(name = "REPORT_YEAR", nullable = false)
    private int year;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "DOCUMENT_KIND", nullable = false, length = 20)
    private DocumentKind documentKind;

    @NotBlank
    @Size(max = 200)
    @Column(name = "TITLE", nullable = false, length = 200)
    private String title;

    /** The document the figures were transcribed from, as published. */
    @Lob
    @Column(name = "SOURCE_TEXT")
    private String sourceText;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private ReportStatus status = ReportStatus.DRAFT;

    @Valid
    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Section> sections = new ArrayList<>();

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Report() {
        // for JPA
    }

    public Report(City city, int year, DocumentKind documentKind, String title, String sourceText) {
        this.city = Objects.requireNonNull(city);
        this.year = year;
        this.documentKind = Objects.requireNonNull(documentKind);
        this.title = title;
        this.sourceText = sourceText;
    }

    /** Appends a section at the end of the report. */
    public Section addSection(Part part, String title, String narrative) {
        Section section = new Section(this, part, title, narrative, sections.size());
        sections.add(section);
        return section;
    }

    /** A new description from staff; the city stays, the year may be corrected. */
    public void describe(int year, DocumentKind documentKind, String title, String sourceText) {
        this.year = year;
        this.documentKind = Objects.requireNonNull(documentKind);
        this.title = title;
        this.sourceText = sourceText;
    }

    public void publish() {
        status = ReportStatus.PUBLISHED;
    }

    public boolean isPublished() {
        return status == ReportStatus.PUBLISHED;
    }

    /** The sections of one part, in report order. */
    public List<Section> sectionsOf(Part part) {
        return sections.stream().filter(s -> s.getPart() == part).toList();
    }

    public Stream<Figure> figures() {
        return sections.stream().flatMap(s -> s.getFigures().stream());
    }

    public List<Figure> headlineFigures() {
        return figures().filter(Figure::isHeadline).toList();
    }

    public List<Target> targets() {
        return sections.stream().flatMap(s -> s.getTargets().stream()).toList();
    }

    /** The calendar year the annual review looks back on. */
    public int reviewedYear() {
        return year - 1;
    }

    public Long getId() {
        return id;
    }

    public City getCity() {
        return city;
    }

    public int getYear() {
        return year;
    }

    public DocumentKind getDocumentKind() {
        return documentKind;
    }

    public String getTitle() {
        return title;
    }

    public String getSourceText() {
        return sourceText;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public List<Section> getSections() {
        return Collections.unmodifiableList(sections);
    }

    public long getVersion() {
        return version;
    }
}
