package org.cityreports.search.control;

import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SearchWordsTest {

    @Test
    void spacesPunctuationAndQuerySyntaxSeparateThePieces() {
        assertEquals(List.of("太原", "保障性住房"), SearchWords.chunks(" 太原  保障性住房 "));
        assertEquals(List.of("title", "a", "OR", "b"), SearchWords.chunks("title:(a OR b)"));
        assertEquals(List.of("GDP增速"), SearchWords.chunks("GDP增速"));
        assertEquals(List.of(), SearchWords.chunks("!!! *?~^ “”"));
    }

    @Test
    void eachPieceIsMarkedWhereverItStandsIgnoringCase() {
        SearchWords words = new SearchWords(List.of("地铁", "gdp"), Set.of());
        assertEquals(
                List.of(
                        new Piece("- ", false),
                        new Piece("地铁", true),
                        new Piece(" 2 号线,人均", false),
                        new Piece("GDP", true)),
                words.in("- 地铁 2 号线,人均GDP", new SmartChineseAnalyzer()));
    }

    @Test
    void segmentedWordsAreMarkedToo() {
        // "地区 生产总值" as typed is two pieces; the text holds them side by side and apart
        SearchWords words = new SearchWords(List.of("地区生产总值"), Set.of("地区", "生产总值"));
        assertEquals(
                List.of(new Piece("全市", false), new Piece("地区生产总值", true), new Piece("实现", false)),
                words.in("全市地区生产总值实现", new SmartChineseAnalyzer()));
        assertEquals(List.of(), words.in("", new SmartChineseAnalyzer()));
    }
}
