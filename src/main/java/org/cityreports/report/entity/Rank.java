package org.cityreports.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** A place in a ranking and the field it ranks among: 第 3 位, 全国省会城市. */
@Embeddable
public class Rank {

    @Min(1)
    @Column(name = "RANK_POSITION")
    private Integer position;

    @Size(max = 80)
    @Column(name = "RANK_SCOPE", length = 80)
    private String scope;

    protected Rank() {
        // for JPA
    }

    public Rank(int position, String scope) {
        this.position = position;
        this.scope = scope;
    }

    public Integer getPosition() {
        return position;
    }

    public String getScope() {
        return scope;
    }
}
