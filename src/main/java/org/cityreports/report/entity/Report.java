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
import org.cityreports.domain.FormErrors;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One revision of a city's government work report of one year (the year it is delivered).
 * Revision 1 is the first transcription; editing a published report starts the next revision as
 * a copy, and the public keeps reading the published one until the new one is published.
 */
@Entity
@Table(
        name = "REPORT",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "UQ_REPORT_CITY_YEAR_REVISION",
                        columnNames = {"CITY_ID", "REPORT_YEAR", "REVISION"}))
@NamedQuery(
        name = Report.PUBLISHED_OF_CITY,
        query = "SELECT r FROM Report r WHERE r.city = :city"
                + " AND r.status = org.cityreports.report.entity.ReportStatus.PUBLISHED ORDER BY r.year DESC")
@NamedQuery(
        name = Report.PUBLISHED,
        query =
                "SELECT r FROM Report r JOIN FETCH r.city"
                        + " WHERE r.status = org.cityreports.report.entity.ReportStatus.PUBLISHED ORDER BY r.city.slug, r.year DESC")
@NamedQuery(
        name = Report.PUBLISHED_BY_CITY_AND_YEAR,
        query = "SELECT r FROM Report r JOIN FETCH r.city"
                + " WHERE r.city.slug = :slug AND r.year = :year"
                + " AND r.status = org.cityreports.report.entity.ReportStatus.PUBLISHED")
@NamedQuery(name = Report.COUNT, query = "SELECT COUNT(r) FROM Report r")
public class Report {

    public static final String PUBLISHED_OF_CITY = "Report.publishedOfCity";
    public static final String PUBLISHED = "Report.published";
    public static final String PUBLISHED_BY_CITY_AND_YEAR = "Report.publishedByCityAndYear";
    public static final String COUNT = "Report.count";

    /** A correction's reason is read by the public beside what changed: a page of text is plenty. */
    public static final int CORRECTION_LIMIT = 2000;

    public static final int FIRST_YEAR = 1949;
    public static final int LAST_YEAR = 2100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "CITY_ID", nullable = false)
    private City city;

    /** The city's id as stored, for queries that must not join the city (the checks'). */
    @Column(name = "CITY_ID", insertable = false, updatable = false)
    private Long cityId;

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

    @Min(1)
    @Column(name = "REVISION", nullable = false)
    private int revision = 1;

    /** Why a reviewer sent the revision back; cleared when it is submitted again. */
    @Size(max = 2000)
    @Column(name = "REVIEW_COMMENT", length = 2000)
    private String reviewComment;

    @Valid
    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Section> sections = new ArrayList<>();

    /** Why this revision replaced the one published before; only a correction (revision 2 on) has one. */
    @Size(max = CORRECTION_LIMIT)
    @Column(name = "CORRECTION_REASON", length = CORRECTION_LIMIT)
    private String correctionReason;

    /** When this revision was published; null until it is. */
    @Column(name = "PUBLISHED_AT")
    private LocalDateTime publishedAt;

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

    /** A new description from staff; the city stays, the year may be corrected. */
    public void describe(int year, DocumentKind documentKind, String title, String sourceText) {
        this.year = year;
        this.documentKind = Objects.requireNonNull(documentKind);
        this.title = title;
        this.sourceText = sourceText;
    }

    /** The editor hands the draft to review. */
    public void submit() {
        requireStatus(ReportStatus.DRAFT);
        status = ReportStatus.IN_REVIEW;
        reviewComment = null;
    }

    /** A reviewer returns the revision to its editors with what to fix. */
    public void sendBack(String comment) {
        requireStatus(ReportStatus.IN_REVIEW);
        status = ReportStatus.DRAFT;
        reviewComment = comment;
    }

    /** Shown to the public from now on; the caller supersedes the revision published before. */
    public void publish() {
        publish(null);
    }

    /**
     * Shown to the public from now on, a correction with the reason the public reads.
     *
     * @throws IllegalArgumentException when {@link #checkPublication} finds the reason wanting
     */
    public void publish(String reason) {
        if (!checkPublication(reason).isEmpty()) {
            throw new IllegalArgumentException("A correction is published with its reason");
        }
        status = ReportStatus.PUBLISHED;
        publishedAt = LocalDateTime.now(ZoneOffset.UTC);
        correctionReason = isCorrection() ? reason.strip() : null;
    }

    /** A revision after the first corrects a published report: it says why, in at most a page. */
    public FormErrors checkPublication(String reason) {
        FormErrors errors = new FormErrors();
        if (!isCorrection()) {
            return errors;
        }
        if (reason == null || reason.isBlank()) {
            errors.add("reason", "staff.review.reason.required");
        } else if (reason.strip().length() > CORRECTION_LIMIT) {
            errors.add("reason", "staff.review.reason.size");
        }
        return errors;
    }

    public boolean isCorrection() {
        return revision > 1;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    /** In UTC; null for a revision never published. */
    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public void supersede() {
        requireStatus(ReportStatus.PUBLISHED);
        status = ReportStatus.SUPERSEDED;
    }

    /** The next revision: a draft copy of this one, with every section, figure and target. */
    public Report nextRevision() {
        requireStatus(ReportStatus.PUBLISHED);
        Report next = new Report(city, year, documentKind, title, sourceText);
        next.revision = revision + 1;
        sections.forEach(section -> section.copyInto(next));
        return next;
    }

    /** Sections, figures and targets change only in a draft; review and the public see a fixed text. */
    public boolean isEditable() {
        return status == ReportStatus.DRAFT;
    }

    private void requireStatus(ReportStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Report " + id + " is " + status + ", not " + expected);
        }
    }

    /** Appends a section; the public page shows each part's sections in the order they were added. */
    public Section addSection(Part part, String title, String narrative) {
        int position = sections.stream().mapToInt(Section::getPosition).max().orElse(-1) + 1;
        Section section = new Section(this, part, title, narrative, position);
        sections.add(section);
        return section;
    }

    /** Swaps a section with its neighbour of the same part; false when it is already first or last. */
    public boolean move(Section section, boolean up) {
        List<Section> ofPart = sectionsOf(section.getPart());
        int index = ofPart.indexOf(section);
        int neighbour = up ? index - 1 : index + 1;
        if (index < 0 || neighbour < 0 || neighbour >= ofPart.size()) {
            return false;
        }
        Section other = ofPart.get(neighbour);
        int position = section.getPosition();
        section.moveTo(other.getPosition());
        other.moveTo(position);
        sections.sort(java.util.Comparator.comparingInt(Section::getPosition));
        return true;
    }

    public void remove(Section section) {
        sections.remove(section);
    }

    /** The description as the audit log records it, field by field. */
    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("year", String.valueOf(year));
        fields.put("documentKind", documentKind.name());
        fields.put("title", title);
        fields.put("sourceText", sourceText);
        return fields;
    }

    public boolean isPublished() {
        return status == ReportStatus.PUBLISHED;
    }

    /** The sections of one part, in report order. */
    public List<Section> sectionsOf(Part part) {
        return sections.stream()
                .filter(s -> s.getPart() == part)
                .sorted(java.util.Comparator.comparingInt(Section::getPosition))
                .toList();
    }

    public Stream<Figure> figures() {
        return sections.stream().flatMap(s -> s.getFigures().stream());
    }

    /** The source text's sentences, in order: what the report page gives an address each. */
    public List<String> sourceSentences() {
        return Sentences.of(sourceText);
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

    public int getRevision() {
        return revision;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public List<Section> getSections() {
        return Collections.unmodifiableList(sections);
    }

    public long getVersion() {
        return version;
    }
}
