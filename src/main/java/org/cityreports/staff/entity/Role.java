package org.cityreports.staff.entity;

import java.util.Locale;

/** What a staff member may do; the lower-case name is the security role (web.xml). */
public enum Role {
    /** Transcribes the reports of the cities assigned to them. */
    EDITOR,
    /** Checks transcriptions against the source and publishes them. */
    REVIEWER,
    /** Manages cities, indicators and accounts. */
    ADMIN;

    public String roleName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
