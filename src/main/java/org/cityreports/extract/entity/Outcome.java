package org.cityreports.extract.entity;

/** What became of a proposal of the extractor, or of a figure it did not propose. */
public enum Outcome {
    /** Saved as the extractor proposed it. */
    ACCEPTED,
    /** Saved after the editor corrected some of its fields. */
    CORRECTED,
    /** Not saved: the editor unticked it. */
    LEFT_OUT,
    /** Added by hand to a report that was extracted: the extractor did not find it. */
    MISSED;

    /** Whether the figure ended up in the report. */
    public boolean saved() {
        return this != LEFT_OUT;
    }
}
