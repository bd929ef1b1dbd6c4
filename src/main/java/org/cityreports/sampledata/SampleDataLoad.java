package org.cityreports.sampledata;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** The record that the sample data was offered to this database once, so it never is again. */
@Entity
@Table(name = "SAMPLE_DATA_LOAD")
public class SampleDataLoad {

    @Id
    @Column(name = "NAME", length = 40)
    private String name;

    /** UTC; JPA 3.1 maps LocalDateTime but not Instant. */
    @Column(name = "LOADED_AT", nullable = false)
    private LocalDateTime loadedAt;

    /** True when the database already held reports and the sample data was left out. */
    @Column(name = "SKIPPED", nullable = false)
    private boolean skipped;

    protected SampleDataLoad() {
        // for JPA
    }

    SampleDataLoad(String name, LocalDateTime loadedAt, boolean skipped) {
        this.name = name;
        this.loadedAt = loadedAt;
        this.skipped = skipped;
    }

    public boolean isSkipped() {
        return skipped;
    }
}
