package org.cityreports.report.control;

import org.cityreports.city.entity.City;
import org.cityreports.report.entity.DocumentKind;
import org.cityreports.report.entity.Figure;
import org.cityreports.report.entity.Part;
import org.cityreports.report.entity.Report;
import org.cityreports.report.entity.Section;
import org.cityreports.unit.Unit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorrectionsTest {

    private final Report first =
            new Report(new City("taiyuan", "太原", "Taiyuan", "山西省"), 2022, DocumentKind.SUMMARY, "2022 年政府工作报告", "全文");

    @Test
    void aChangedValueAnAddedAndATakenOutFigureAreEachOneChangeTheRestNone() {
        Section review = first.addSection(Part.ANNUAL_REVIEW, "经济", null);
        review.addFigure(figure("地区生产总值", "5121.61", "亿元"));
        review.addFigure(figure("市场主体", "64.56", "万户"));
        review.addFigure(figure("新建公园", "12", "个"));
        first.submit();
        first.publish();
        Report second = first.nextRevision();
        Section copy = second.getSections().get(0);
        copy.getFigures().get(0).edit(figure("地区生产总值", "5133.4", "亿元"));
        copy.remove(copy.getFigures().get(2));
        copy.addFigure(figure("新建口袋公园", "30", "个"));

        assertEquals(
                List.of(
                        new Corrections.Change("地区生产总值", "5121.61 亿元", "5133.4 亿元"),
                        new Corrections.Change("新建口袋公园", null, "30 个"),
                        new Corrections.Change("新建公园", "12 个", null)),
                Corrections.changes(first, second));
        assertEquals(List.of(), Corrections.changes(first, first), "nothing changed, no change");
    }

    @Test
    void aCorrectionIsPublishedWithItsReasonAFirstRevisionWithout() {
        first.submit();
        assertTrue(first.checkPublication(null).isEmpty(), "a first publication needs no reason");
        first.publish();
        Report second = first.nextRevision();
        second.submit();
        assertEquals(
                List.of("staff.review.reason.required"),
                second.checkPublication(" ").asMap().get("reason"));
        assertEquals(
                List.of("staff.review.reason.size"),
                second.checkPublication("长".repeat(2001)).asMap().get("reason"));
        assertThrows(IllegalArgumentException.class, () -> second.publish(""));
        second.publish(" 依据统计公报更正地区生产总值。 ");
        assertEquals("依据统计公报更正地区生产总值。", second.getCorrectionReason());
    }

    private static Figure.Builder figure(String label, String value, String unit) {
        return Figure.builder(label, new BigDecimal(value), Unit.of(unit), label + " " + value + unit);
    }
}
