package org.cityreports.report.entity;

import org.cityreports.city.entity.City;
import org.cityreports.unit.Unit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportRevisionTest {

    private final Report report =
            new Report(new City("taiyuan", "太原", "Taiyuan", "山西省"), 2022, DocumentKind.SUMMARY, "2022 年政府工作报告", "全文");

    @Test
    void aDraftGoesToReviewBackToDraftAndIsPublished() {
        assertTrue(report.isEditable());
        report.submit();
        assertEquals(ReportStatus.IN_REVIEW, report.getStatus());
        assertFalse(report.isEditable(), "no changes while in review");
        assertThrows(IllegalStateException.class, report::submit);
        report.sendBack("第二节数值有误");
        assertEquals(ReportStatus.DRAFT, report.getStatus());
        assertEquals("第二节数值有误", report.getReviewComment());
        report.submit();
        assertEquals(null, report.getReviewComment(), "the comment is answered by submitting again");
        report.publish();
        assertFalse(report.isEditable());
    }

    @Test
    void theNextRevisionCopiesEverySectionFigureAndTargetAndLeavesThePublishedOneAlone() {
        Section review = report.addSection(Part.ANNUAL_REVIEW, "高质量发展迈出新步伐", "全市地区生产总值实现 5121.61 亿元");
        review.addFigure(Figure.builder("地区生产总值", new BigDecimal("5121.61"), Unit.of("亿元"), "实现 5121.61 亿元")
                .change(new Change(new BigDecimal("9.2"), Unit.of("%"), Direction.UP))
                .headline(true));
        Section plan = report.addSection(Part.PLAN, "主要预期目标", null);
        plan.addTarget(Target.builder(
                "研发经费投入",
                TargetKind.YEARLY_GROWTH,
                Comparator.AT_LEAST,
                BigDecimal.TEN,
                Unit.of("%"),
                "研发经费投入年均增长 10% 以上"));
        assertThrows(IllegalStateException.class, report::nextRevision, "only a published report is revised");
        report.submit();
        report.publish();

        Report next = report.nextRevision();

        assertEquals(2, next.getRevision());
        assertEquals(ReportStatus.DRAFT, next.getStatus());
        assertEquals(ReportStatus.PUBLISHED, report.getStatus());
        assertEquals(2, next.getSections().size());
        Figure copy = next.figures().findFirst().orElseThrow();
        Figure original = report.figures().findFirst().orElseThrow();
        assertEquals(original.snapshot(), copy.snapshot(), "every field of the figure");
        assertEquals(report.targets().get(0).snapshot(), next.targets().get(0).snapshot());
        assertTrue(copy != original && copy.getSection().getReport() == next);
    }

    @Test
    void aSectionMovesOnlyAmongTheSectionsOfItsPart() {
        Section first = report.addSection(Part.ANNUAL_REVIEW, "一", null);
        Section plan = report.addSection(Part.PLAN, "目标", null);
        Section second = report.addSection(Part.ANNUAL_REVIEW, "二", null);

        assertFalse(report.move(first, true), "already first of its part");
        assertTrue(report.move(second, true));
        assertEquals(List.of(second, first), report.sectionsOf(Part.ANNUAL_REVIEW));
        assertEquals(List.of(plan), report.sectionsOf(Part.PLAN));
        assertFalse(report.move(plan, false), "the only plan section stays");
    }
}
