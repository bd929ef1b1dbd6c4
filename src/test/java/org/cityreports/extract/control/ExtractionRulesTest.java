package org.cityreports.extract.control;

import org.cityreports.report.entity.Basis;
import org.cityreports.report.entity.Direction;
import org.cityreports.report.entity.Part;
import org.cityreports.report.entity.Qualifier;
import org.cityreports.sampledata.SampleDataFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** One rule of the extractor at a time, on sentences as reports write them. */
class ExtractionRulesTest {

    private final FigureExtractor extractor = ExtractionQualityTest.extractor(SampleDataFiles.catalogue());

    @ParameterizedTest
    @CsvSource({
        "贡献率达到 30% 左右。, ABOUT",
        "社会消费品零售总额约 760 亿元。, ABOUT",
        "建设市级人才公寓 1000 余套。, MORE_THAN",
        "新增公共停车位 1.3 万余个。, MORE_THAN",
        "吸引 100 多所高校。, MORE_THAN",
        "高新技术企业突破 200 家。, MORE_THAN",
        "实际利用外资超过 4.8 亿美元。, MORE_THAN",
        "研发经费投入年均增长 10% 以上。, AT_LEAST",
        "粮食产量不低于 24 亿斤。, AT_LEAST",
        "城镇登记失业率控制在 5.5% 以内。, AT_MOST",
        "企业开办时间压缩至半个工作日。, AT_MOST",
        "单位能耗不超过 0.8 吨。, AT_MOST",
        "地区生产总值 5121.61 亿元。, EXACT"
    })
    void eachQualifierWord(String sentence, Qualifier qualifier) {
        assertEquals(qualifier, only(sentence).qualifier());
    }

    @ParameterizedTest
    @CsvSource({
        "进出口总额增长 53.5%。, UP",
        "能耗强度提高 3 个百分点。, UP",
        "城镇化率上升 1.2 个百分点。, UP",
        "城乡低保标准每人每月提高 30 元。, UP",
        "万元工业增加值能耗下降 10.9%。, DOWN",
        "单位能耗降低 4.2%。, DOWN",
        "安全生产事故起数减少 12.7%。, DOWN",
        "科技专项资金增至 20 亿元。, "
    })
    void eachChangeWord(String sentence, Direction direction) {
        assertEquals(direction, only(sentence).direction());
    }

    @Test
    void aRateRightAfterALevelIsItsChangeWithItsBase() {
        Candidate retail = only("社会消费品零售总额实现 1873.9 亿元、同比增长 13.2%。");
        assertEquals(new BigDecimal("1873.9"), retail.value());
        assertEquals(new BigDecimal("13.2"), retail.changeValue());
        assertEquals(Direction.UP, retail.changeDirection());
        assertEquals("同比", retail.comparedWith());
        List<Candidate> two = extract("进出口总额完成 13.8 亿元,增长 53.5%,其中出口增长 93.1%,全省第一。");
        assertEquals(2, two.size(), "the export growth has a label of its own");
        assertEquals(1, two.get(1).rankPosition());
    }

    @Test
    void basesOfComparisonAreRead() {
        assertEquals("2016年", only("一般公共预算收入达到2016年的2.3倍。").comparedWith());
        assertEquals("传统产业", only("非传统产业增加值年均增速比传统产业高 8 个百分点。").comparedWith());
        assertEquals("规上工业", only("增加值年均增长,快于规上工业 11.6 个百分点。").comparedWith());
        Candidate income = only("居民人均可支配收入从 26500 元增加到 28100 元。");
        assertEquals(new BigDecimal("28100"), income.value());
        assertEquals("26500元", income.comparedWith());
    }

    @Test
    void multiplesAndNumbersInWords() {
        Candidate doubled = only("全市地区生产总值翻了一番。");
        assertEquals("2 倍 UP", doubled.value() + " " + doubled.unit() + " " + doubled.direction());
        assertEquals("2 项", describe(only("获得信贷、劳动力市场监管两项指标成为全国标杆。")));
        assertEquals("12 件", describe(only("政府承诺的十二件民生实事全部兑现。")));
        assertEquals("0.5 工作日", describe(only("企业开办时间压缩至半个工作日。")));
    }

    @Test
    void yearsOrdinalsPlanNamesAndNamesWithDigitsAreNoFigures() {
        assertEquals(List.of(), extract("2021 年工作回顾。“十四五”实现良好开局,按照第十二次党代会部署。"));
        assertEquals(List.of(), extract("5G 建设进入全国第一方阵,入选 B2B 出口监管试点城市,地铁 2 号线开通运营。"));
        assertEquals(List.of(), extract("建成“山西智创城NO.5”,全力打造“四个高地”,胸怀“两个大局”。"));
        assertEquals(List.of(), extract("全市地区生产总值历史性突破五千亿元大关。把安全放在首位。"));
        assertEquals("169 家", describe(only("累计建成 3 岁以下婴幼儿托育机构 169 家。")));
        assertEquals("25.5 %", describe(only("PM_{2.5}浓度下降**25.5%**。")));
    }

    @Test
    void ranksAttachToTheFigureTheyRankOrStandAlone() {
        Candidate growth = only("实际增速 9.2%、居全国省会城市第三位。");
        assertEquals(3, growth.rankPosition());
        assertEquals("全国省会城市", growth.rankScope());
        Candidate place = only("便利店发展指数位列全国第三。");
        assertEquals("3 位", describe(place));
        assertEquals("全国", place.rankScope());
        List<Candidate> both = extract("空气质量综合指数下降 19.2%,PM2.5 浓度下降 25.5%,改善率均居全省第一。");
        assertEquals(List.of(1, 1), both.stream().map(Candidate::rankPosition).toList(), "均: both");
        assertEquals(1, only("外贸进出口总额增速达 52.9%,居中部六省会城市首位。").rankPosition());
    }

    @Test
    void averagesAndTotalsOverThePeriod() {
        assertEquals(Basis.YEARLY_AVERAGE, only("地区生产总值年均增长 7%。").basis());
        assertEquals(Basis.CUMULATIVE, only("煤炭先进产能占比累计提高47个百分点。").basis());
    }

    @Test
    void pageBreaksAndLineWrapsAreJoinedAndEmphasisIsGone() {
        String text = ReportText.of("万元工业增加值能耗下降 10.9%,战略性新兴产业、高技术制造业对工业增长的贡献率均达到 30% 左右。太钢成长为战略\n\n"
                        + "性新兴产业的旗舰企业。\n\n全市地区生产总值\n历史性突破2000亿元\n\n达到**2311亿元**\n增长**11%**\n")
                .text();
        assertEquals(true, text.contains("成长为战略性新兴产业的旗舰企业。"), text);
        assertEquals(true, text.contains("全市地区生产总值 历史性突破2000亿元 达到2311亿元 增长11%"), text);
    }

    @Test
    void traditionalCharactersAndFullWidthDigitsReadAsSimplified() {
        Candidate gdp = only("全市地區生產總值達到 １８５０.６ 億元,增長 ５.１%。");
        assertEquals("1850.6 亿元", describe(gdp));
        assertEquals(new BigDecimal("5.1"), gdp.changeValue());
        assertEquals(Qualifier.MORE_THAN, only("新增學位 3200 餘個。").qualifier());
    }

    @Test
    void planSentencesYieldTargets() {
        ReportText text = ReportText.of(
                "今后五年 工作目标任务\n\n研发经费投入年均增长 10% 以上。经济总量向万亿元迈进," + "人均地区生产总值达到 2 万美元以上。人口再增加 100 万。多点布局开发 5000 套人才公寓。\n");
        List<Candidate> targets = extractor.extract(text, 2022);
        assertEquals(
                List.of(
                        "YEARLY_GROWTH AT_LEAST 10 %",
                        "LEVEL ABOUT 1 万亿元",
                        "LEVEL AT_LEAST 2 万美元",
                        "CUMULATIVE_INCREASE AT_LEAST 100 万人",
                        "COUNT_TO_DELIVER AT_LEAST 5000 套"),
                targets.stream()
                        .map(t -> t.targetKind() + " " + t.comparator() + " " + describe(t))
                        .toList());
        assertEquals(Part.PLAN, targets.get(0).part());
        assertEquals("rd-spending-growth", targets.get(0).indicator(), "suggested from the catalogue");
    }

    @Test
    void aTargetRunsOverThePlansFiveYearsUnlessItsSentenceNamesTheEnd() {
        List<Candidate> targets = extractor.extract(
                ReportText.of("今后五年目标任务\n\n研发经费投入年均增长 10% 以上。" + "到 2027 年,常住人口城镇化率提高到 68%。\n"), 2023);
        assertEquals(
                List.of("2023–2027", "2023–2027"),
                targets.stream().map(t -> t.startYear() + "–" + t.endYear()).toList());
        assertEquals(
                List.of("2022–2026"),
                extractor.extract(ReportText.of("今后五年 工作目标任务\n\n人口再增加 100 万。\n"), 2022).stream()
                        .map(t -> t.startYear() + "–" + t.endYear())
                        .toList());
    }

    @Test
    void thisYearsTargetsRunOverTheReportsYearOnly() {
        List<Candidate> targets = extractor.extract(
                ReportText.of("二、2024年主要预期目标\n\n地区生产总值增长5%左右。\n"
                        + "今后五年的主要目标\n\n地区生产总值年均增长6%。\n"
                        + "全区经济稳中有进。今年主要预期目标是:城镇新增就业1万人以上。\n"),
                2024);
        assertEquals(
                List.of("2024–2024", "2024–2028", "2024–2024"),
                targets.stream().map(t -> t.startYear() + "–" + t.endYear()).toList());
    }

    @Test
    void theItemsOfAListEachTakeTheirOwnSubject() {
        assertEquals(
                List.of("城镇居民人均收入", "农村居民人均收入"),
                extract("城乡居民人均收入分别年均增长 6.7%、8.8%。").stream()
                        .map(Candidate::label)
                        .toList());
        assertEquals(
                List.of("安全生产亡人事故起数", "死亡人数"),
                extract("安全生产亡人事故起数和死亡人数分别下降 12.7%、15%。").stream()
                        .map(Candidate::label)
                        .toList());
        assertEquals(
                List.of("城镇居民人均可支配收入", "农村居民人均可支配收入"),
                extract("城镇、农村居民人均可支配收入分别为 46426 元和 22103 元。").stream()
                        .map(Candidate::label)
                        .toList());
    }

    @Test
    void whereARuleGuessedTheCandidateNeedsALook() {
        assertEquals(List.of(Candidate.Doubt.UNIT), only("全市常住人口再增加 100 万。").doubts());
        assertEquals(List.of(Candidate.Doubt.RANK), only("便利店发展指数位列全国第三。").doubts());
        assertEquals(
                List.of(Candidate.Doubt.LABEL), extract("1873.9 亿元。").get(0).doubts());
        assertEquals(List.of(), only("全市地区生产总值实现 5121.61 亿元。").doubts());
        List<Candidate> planned = extractor.extract(ReportText.of("三、重点工作安排\n\n新建学校 12 所。\n"), 2024);
        assertEquals(List.of(Candidate.Doubt.YEARS), planned.get(0).doubts(), "whose plan: this year's or five?");
    }

    @Test
    void anIndicatorIsSuggestedWhenTheLabelNamesOne() {
        assertEquals("gdp", only("全市地区生产总值实现 5121.61 亿元。").indicator());
        assertNull(only("科技专项资金增至 20 亿元。").indicator());
        assertNull(only("地区生产总值实现 5121.61 万人。").indicator(), "not in a unit the indicator converts");
    }

    private List<Candidate> extract(String sentence) {
        return extractor.extract(ReportText.of(sentence), 2022);
    }

    private Candidate only(String sentence) {
        List<Candidate> found = extract(sentence);
        assertEquals(1, found.size(), sentence + " → " + found);
        return found.get(0);
    }

    private static String describe(Candidate c) {
        return c.value().stripTrailingZeros().toPlainString() + " " + c.unit();
    }
}
