-- Indicators get a kind (level, growth rate, share, count) and a growth-rate indicator may name the
-- level it is the growth of, so that "GDP growth" stated as a figure of its own (Taiyuan) and as the
-- change beside the GDP figure (Changzhi) are compared as one indicator.
ALTER TABLE STAT_INDICATOR ADD COLUMN KIND VARCHAR(16) DEFAULT 'LEVEL' NOT NULL;
ALTER TABLE STAT_INDICATOR ADD COLUMN GROWTH_OF_ID BIGINT;
-- edits are versioned; the public compare pages' ETags include the catalogue's versions
ALTER TABLE STAT_INDICATOR ADD COLUMN VERSION BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE STAT_INDICATOR ADD CONSTRAINT CK_INDICATOR_KIND CHECK (KIND IN ('LEVEL', 'GROWTH_RATE', 'SHARE', 'COUNT'));
ALTER TABLE STAT_INDICATOR ADD CONSTRAINT FK_INDICATOR_GROWTH_OF FOREIGN KEY (GROWTH_OF_ID) REFERENCES STAT_INDICATOR (ID);
CREATE INDEX IX_INDICATOR_GROWTH_OF ON STAT_INDICATOR (GROWTH_OF_ID);

-- Instances that loaded the sample catalogue before this version: give its indicators their kinds.
UPDATE STAT_INDICATOR SET KIND = 'GROWTH_RATE'
    WHERE CODE IN ('gdp-growth', 'retail-sales-growth', 'foreign-trade-growth', 'air-quality-index-change',
                   'pm25-change', 'rd-spending-growth');
UPDATE STAT_INDICATOR SET KIND = 'SHARE' WHERE CODE = 'green-coverage';
UPDATE STAT_INDICATOR SET KIND = 'COUNT' WHERE CODE = 'market-entities';
UPDATE STAT_INDICATOR SET GROWTH_OF_ID = (SELECT L.ID FROM STAT_INDICATOR L WHERE L.CODE = 'gdp')
    WHERE CODE = 'gdp-growth';
UPDATE STAT_INDICATOR SET GROWTH_OF_ID = (SELECT L.ID FROM STAT_INDICATOR L WHERE L.CODE = 'retail-sales')
    WHERE CODE = 'retail-sales-growth';
UPDATE STAT_INDICATOR SET GROWTH_OF_ID = (SELECT L.ID FROM STAT_INDICATOR L WHERE L.CODE = 'foreign-trade')
    WHERE CODE = 'foreign-trade-growth';
