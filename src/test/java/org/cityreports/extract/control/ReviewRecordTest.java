package org.cityreports.extract.control;

import org.cityreports.extract.entity.Outcome;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The review record's fields and its counts: what precision and recall per field mean. */
class ReviewRecordTest {

    private static ScoredFields gdp(String comparedWith) {
        return ScoredFields.figure("2311.0", "亿元", "", "11", "%", "UP", comparedWith, "EXACT", "", "gdp");
    }

    @Test
    void aFieldThatSaysNothingIsAbsentAndEqualValuesWrittenTwoWaysAgree() {
        ScoredFields proposed = gdp("");
        assertEquals("value,kind,change", proposed.present());
        assertEquals(
                "", proposed.differing(ScoredFields.figure("2311", "亿元", "", "11.0", "%", "UP", "", "", "", "gdp")));
        assertEquals("change", proposed.differing(gdp("上年")));
        assertEquals("gdp", ScoredFields.parse(proposed.json()).indicator());
        assertEquals("", ScoredFields.parse(proposed.json()).differing(proposed), "the hidden field round-trips");
        assertTrue(ScoredFields.parse("not json").isEmpty());
    }

    @Test
    void aTargetIsScoredOnItsComparatorRangeAndObligation() {
        ScoredFields range = ScoredFields.target("5", "%", "ABOUT", "5.5", "", null);
        assertEquals("value,kind,qualifier,target", range.present());
        assertEquals("target", range.differing(ScoredFields.target("5", "%", "ABOUT", "", "", null)));
    }

    @Test
    void precisionCountsProposalsLeftOutAgainstTheExtractorAndRecallCountsFiguresAddedByHand() {
        ExtractionQuality.Tally tally = new ExtractionQuality.Tally();
        Set<String> level = Set.of("value", "kind");
        Set<String> withChange = Set.of("value", "kind", "change");
        tally.add(Outcome.ACCEPTED, level, level, Set.of(), 8);
        tally.add(Outcome.CORRECTED, withChange, withChange, Set.of("change"), 1);
        tally.add(Outcome.LEFT_OUT, level, Set.of(), Set.of(), 1);
        tally.add(Outcome.MISSED, Set.of(), Set.of("value", "kind", "rank"), Set.of(), 1);

        assertEquals(0.9, tally.precision("value"), 1e-9, "9 of the 10 proposals were saved as proposed");
        assertEquals(0.9, tally.recall("value"), 1e-9, "9 of the 10 saved figures came right from the extractor");
        assertEquals(0.0, tally.precision("change"), 1e-9);
        assertNull(tally.precision("rank"), "no rank was proposed");
        assertEquals(0.0, tally.recall("rank"), 1e-9, "the one rank saved was added by hand");
        assertEquals(11, tally.rows());
        assertEquals(1, tally.missed());
    }
}
