package org.cityreports.report.entity;

/** How exactly the report states a value. */
public enum Qualifier {
    EXACT,
    /** 左右, 约 */
    ABOUT,
    /** 余, 多, 超过, 突破 */
    MORE_THAN,
    /** 以上, 不低于 */
    AT_LEAST,
    /** 以内, 不超过, 压缩至 */
    AT_MOST
}
