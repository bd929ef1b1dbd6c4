-- Why a revision replaced the published report: the reviewer writes it when publishing a correction,
-- and the public reads it beside each figure that changed.
ALTER TABLE REPORT ADD COLUMN CORRECTION_REASON VARCHAR(2000);
