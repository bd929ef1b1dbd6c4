-- When each revision was published: the time of the feed's entries. A revision published before
-- this column existed takes the time of its last change of status in the audit log (for one since
-- superseded, that is when it was superseded: the nearest the log says), or the migration's time
-- when the log has none (sample data loaded at start-up).
ALTER TABLE REPORT ADD COLUMN PUBLISHED_AT TIMESTAMP;
UPDATE REPORT SET PUBLISHED_AT = COALESCE(
        (SELECT MAX(A.RECORDED_AT) FROM AUDIT_ENTRY A
          WHERE A.REPORT_ID = REPORT.ID AND A.ACTION = 'STATUS' AND A.FIELD = 'status'),
        CURRENT_TIMESTAMP)
    WHERE STATUS IN ('PUBLISHED', 'SUPERSEDED');
CREATE INDEX IX_REPORT_PUBLISHED_AT ON REPORT (PUBLISHED_AT);
