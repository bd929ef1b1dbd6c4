package org.cityreports.report.control;

import org.cityreports.report.entity.ReportItem;

/**
 * A figure or target an editor added through its form, one at a time (not by a CSV import or the
 * extraction screen): fired so that features above the report may learn from it, as the
 * extraction's review record learns what the extractor missed.
 */
public record ItemAddedByHand(long reportId, ReportItem item, String by) {}
