package org.cityreports.report.entity;

/** Which way a change goes: 增长/提高/上升 or 下降/降低/减少. */
public enum Direction {
    UP,
    DOWN
}
