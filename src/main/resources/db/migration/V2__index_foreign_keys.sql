-- PostgreSQL does not index foreign keys by itself; the report page reads sections, figures and
-- targets by them. (Derby backs every foreign key with an index already and reports these as
-- duplicates, which is harmless.)
CREATE INDEX IX_REPORT_SECTION_REPORT ON REPORT_SECTION (REPORT_ID);
CREATE INDEX IX_FIGURE_SECTION ON FIGURE (SECTION_ID);
CREATE INDEX IX_FIGURE_INDICATOR ON FIGURE (INDICATOR_ID);
CREATE INDEX IX_TARGET_SECTION ON TARGET (SECTION_ID);
CREATE INDEX IX_TARGET_INDICATOR ON TARGET (INDICATOR_ID);
