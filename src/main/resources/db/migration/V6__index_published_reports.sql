-- The public pages ask "which reports are published" on every request (the home page's ETag: count,
-- sum and largest id of the published reports); with this index the answer is read from the index
-- alone instead of a scan of every report row with its text.
CREATE INDEX IX_REPORT_STATUS ON REPORT (STATUS, ID);
