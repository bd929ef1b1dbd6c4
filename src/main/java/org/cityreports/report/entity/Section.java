package org.cityreports.report.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cityreports.domain.Conflict;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A theme of one part of a report ("高质量发展迈出新步伐") with its narrative, figures and, in the
 * plan, targets. A section without a title is the part's opening paragraph.
 */
@Entity
@Table(name = "REPORT_SECTION")
public class Section {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "REPORT_ID", nullable = false)
    private Report report;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "PART", nullable = false, length = 20)
    private Part part;

    @Size(max = 200)
    @Column(name = "TITLE", length = 200)
    private String title;

    @Lob
    @Column(name = "NARRATIVE")
    private String narrative;

    @Min(0)
    @Column(name = "POSITION", nullable = false)
    private int position;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Valid
    @OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Figure> figures = new ArrayList<>();

    @Valid
    @OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Target> targets = new ArrayList<>();

    protected Section() {
        // for JPA
    }

    Section(Report report, Part part, String title, String narrative, int position) {
        this.report = report;
        this.part = part;
        this.title = title;
        this.narrative = narrative;
        this.position = position;
    }

    /** Appends a figure; its period defaults to what the part reviews. */
    public Figure addFigure(Figure.Builder builder) {
        Figure figure = builder.build(
                this, figures.stream().mapToInt(Figure::getPosition).max().orElse(-1) + 1);
        figures.add(figure);
        return figure;
    }

    /** @throws Conflict unless this section is of the plan part, the only one with targets */
    public Target addTarget(Target.Builder builder) {
        requireTargets();
        Target target = builder.build(
                this, targets.stream().mapToInt(Target::getPosition).max().orElse(-1) + 1);
        targets.add(target);
        return target;
    }

    /** @throws Conflict unless this section is of the plan part, the only one with targets */
    public void requireTargets() {
        if (!part.holdsTargets()) {
            throw new Conflict("staff.target.planOnly");
        }
    }

    /** A new heading and text from staff; the part stays. */
    public void edit(String title, String narrative) {
        this.title = title;
        this.narrative = narrative;
    }

    void moveTo(int position) {
        this.position = position;
    }

    /** Removes a figure or target of this section (orphan removal deletes it). */
    public void remove(ReportItem item) {
        if (item instanceof Figure figure) {
            figures.remove(figure);
        } else {
            targets.remove((Target) item);
        }
    }

    /** Copies this section with its figures and targets to the end of another revision. */
    void copyInto(Report revision) {
        Section copy = revision.addSection(part, title, narrative);
        figures.forEach(figure -> copy.figures.add(figure.copyInto(copy)));
        targets.forEach(target -> copy.targets.add(target.copyInto(copy)));
    }

    /** The section as the audit log records it, field by field. */
    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("part", part.name());
        fields.put("title", title);
        fields.put("narrative", narrative);
        return fields;
    }

    /** First and last calendar year the figures of this section speak of, unless a figure says otherwise. */
    int defaultPeriodStart() {
        return switch (part) {
            case ANNUAL_REVIEW -> report.reviewedYear();
            case FIVE_YEAR_REVIEW -> report.getYear() - 5;
            case PLAN -> report.getYear();
        };
    }

    int defaultPeriodEnd() {
        return switch (part) {
            case ANNUAL_REVIEW, FIVE_YEAR_REVIEW -> report.reviewedYear();
            case PLAN -> report.getYear() + 4;
        };
    }

    public Long getId() {
        return id;
    }

    public Report getReport() {
        return report;
    }

    public Part getPart() {
        return part;
    }

    public String getTitle() {
        return title;
    }

    public String getNarrative() {
        return narrative;
    }

    /** The narrative's sentences, in order: what the report page gives an address each. */
    public List<String> narrativeSentences() {
        return Sentences.of(narrative);
    }

    public int getPosition() {
        return position;
    }

    public long getVersion() {
        return version;
    }

    public List<Figure> getFigures() {
        return Collections.unmodifiableList(figures);
    }

    public List<Target> getTargets() {
        return Collections.unmodifiableList(targets);
    }
}
