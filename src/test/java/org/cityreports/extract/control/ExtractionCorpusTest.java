package org.cityreports.extract.control;

import org.cityreports.sampledata.SampleDataFiles;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The extractor holds on passages written apart from its rules (the gold corpus): value+unit
 * precision and recall at least 97 %, and at least 95 % of the matched figures with the right kind,
 * change, qualifier, rank and target range.
 */
class ExtractionCorpusTest {

    @Test
    void theCorpusIsExtractedAboveTheThresholds() {
        Map<String, CorpusScore.Tally> tallies =
                CorpusScore.score(CorpusScore.passages(), ExtractionQualityTest.extractor(SampleDataFiles.catalogue()));
        CorpusScore.print(tallies, true);
        CorpusScore.Tally all = CorpusScore.total(tallies);
        assertTrue(tallies.size() >= 12, "passages: " + tallies.size());
        assertTrue(all.gold >= 600, "figures and targets in the gold: " + all.gold);
        assertAll(
                () -> assertTrue(all.precision() >= 0.97, "value+unit precision " + all.precision()),
                () -> assertTrue(all.recall() >= 0.97, "value+unit recall " + all.recall()),
                () -> {
                    for (int f = 0; f < CorpusScore.FIELDS.length; f++) {
                        assertTrue(all.accuracy(f) >= 0.95, CorpusScore.FIELDS[f] + " " + all.accuracy(f));
                    }
                });
    }
}
