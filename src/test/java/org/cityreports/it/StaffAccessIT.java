package org.cityreports.it;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every staff route for every kind of visitor: anonymous, an editor of another city, an editor,
 * a reviewer and an admin, each allowed or refused as the roles say.
 */
class StaffAccessIT extends DeployedWar {

    private static final int SIGN_IN = 302;
    private static final int OK = 200;
    private static final int FORBIDDEN = 403;
    private static final int INVALID = 400;

    @Test
    void everyStaffRouteAdmitsExactlyTheRolesItShould() {
        StaffClient admin = new StaffClient(base).signInAsAdmin();
        String run = UUID.randomUUID().toString().substring(0, 6);
        Map<String, StaffClient> visitors = new LinkedHashMap<>();
        visitors.put("anonymous", new StaffClient(base));
        String city = admin.createCity("acc-" + run);
        visitors.put(
                "editor of another city",
                new StaffClient(base)
                        .signInFirstTime("cz-" + run, admin.createAccount("cz-" + run, "editor", "changzhi")));
        visitors.put(
                "editor",
                new StaffClient(base).signInFirstTime("ty-" + run, admin.createAccount("ty-" + run, "editor", city)));
        visitors.put(
                "reviewer",
                new StaffClient(base).signInFirstTime("rv-" + run, admin.createAccount("rv-" + run, "reviewer")));
        visitors.put("admin", admin);

        // route → expected status for: anonymous, editor of another city, editor, reviewer, admin
        Map<String, int[]> routes = new LinkedHashMap<>();
        routes.put("GET /staff", new int[] {SIGN_IN, OK, OK, OK, OK});
        routes.put("GET /staff/password", new int[] {SIGN_IN, OK, OK, OK, OK});
        routes.put("GET /staff/accounts", new int[] {SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK});
        routes.put("GET /staff/accounts/new", new int[] {SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK});
        routes.put("GET /staff/accounts/admin", new int[] {SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK});
        routes.put("POST /staff/accounts", new int[] {SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, INVALID});
        routes.put("GET /staff/cities", new int[] {SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK});
        routes.put("POST /staff/cities", new int[] {SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, INVALID});
        routes.put("GET /staff/backups", new int[] {SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK});
        routes.put("POST /staff/backups", new int[] {SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, 303});
        routes.put("GET /staff/data", new int[] {SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK});
        routes.put("GET /staff/data/city-reports.json", new int[] {SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK});
        routes.put("POST /staff/data", new int[] {SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, INVALID});
        routes.put("GET /staff/indicators", new int[] {SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK});
        routes.put("POST /staff/indicators", new int[] {SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, INVALID});
        routes.put("GET /staff/indicators/gdp", new int[] {SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK});
        routes.put("POST /staff/indicators/gdp", new int[] {SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, INVALID});

        // a draft of the editor's city with a section, a figure, a plan section and a target
        String report = admin.createReport(city, 2024, "访问测试");
        long section = admin.addSection(report, "ANNUAL_REVIEW", "回顾");
        Map<String, String> figure = Map.of(
                "label", "地区生产总值", "value", "1", "unit", "亿元", "qualifier", "EXACT", "sourceSentence", "地区生产总值 1 亿元");
        long figureId = admin.addFigure(section, figure);
        long doomed = admin.addFigure(section, figure);
        long plan = admin.addSection(report, "PLAN", "目标");
        admin.get("/staff/targets/new?section=" + plan);
        admin.post(
                "/staff/targets?section=" + plan,
                Map.of(
                        "label",
                        "研发",
                        "kind",
                        "YEARLY_GROWTH",
                        "comparator",
                        "AT_LEAST",
                        "value",
                        "10",
                        "unit",
                        "%",
                        "sourceSentence",
                        "研发年均增长 10% 以上"));
        java.util.regex.Matcher target = java.util.regex.Pattern.compile("/staff/targets/(\\d+)\"")
                .matcher(admin.get(report).body());
        org.junit.jupiter.api.Assertions.assertTrue(target.find());
        String t = "/staff/targets/" + target.group(1);
        String s = "/staff/sections/" + section;
        String f = "/staff/figures/" + figureId;
        int conflict = 409;
        int saved = 303;
        int gone = 404;
        routes.put("GET /staff/reports/new", new int[] {SIGN_IN, OK, OK, OK, OK});
        routes.put("GET " + report, new int[] {SIGN_IN, FORBIDDEN, OK, OK, OK});
        routes.put("GET " + report + "/edit", new int[] {SIGN_IN, FORBIDDEN, OK, FORBIDDEN, OK});
        routes.put("GET " + report + "/history", new int[] {SIGN_IN, FORBIDDEN, OK, OK, OK});
        routes.put("GET " + report + "/import", new int[] {SIGN_IN, FORBIDDEN, OK, FORBIDDEN, OK});
        routes.put("POST " + report + "/import", new int[] {SIGN_IN, FORBIDDEN, INVALID, FORBIDDEN, INVALID});
        routes.put("GET " + report + "/extract", new int[] {SIGN_IN, FORBIDDEN, OK, FORBIDDEN, OK});
        routes.put("POST " + report + "/extract", new int[] {SIGN_IN, FORBIDDEN, OK, FORBIDDEN, OK});
        routes.put(
                "GET /staff/sections/new?report=" + report.replaceAll("\\D", ""),
                new int[] {SIGN_IN, FORBIDDEN, OK, FORBIDDEN, OK});
        routes.put(
                "POST /staff/sections?report=" + report.replaceAll("\\D", ""),
                new int[] {SIGN_IN, FORBIDDEN, INVALID, FORBIDDEN, INVALID});
        routes.put("POST " + report, new int[] {SIGN_IN, FORBIDDEN, INVALID, FORBIDDEN, INVALID});
        routes.put("POST " + report + "/publish", new int[] {SIGN_IN, FORBIDDEN, FORBIDDEN, conflict, FORBIDDEN});
        routes.put("POST " + report + "/send-back", new int[] {SIGN_IN, FORBIDDEN, FORBIDDEN, conflict, FORBIDDEN});
        routes.put("POST " + report + "/revise", new int[] {SIGN_IN, FORBIDDEN, conflict, FORBIDDEN, conflict});
        routes.put("GET " + s, new int[] {SIGN_IN, FORBIDDEN, OK, FORBIDDEN, OK});
        routes.put("POST " + s, new int[] {SIGN_IN, FORBIDDEN, INVALID, FORBIDDEN, INVALID});
        routes.put("GET " + s + "/delete", new int[] {SIGN_IN, FORBIDDEN, OK, FORBIDDEN, OK});
        routes.put("GET /staff/figures/new?section=" + section, new int[] {SIGN_IN, FORBIDDEN, OK, FORBIDDEN, OK});
        routes.put(
                "POST /staff/figures?section=" + section, new int[] {SIGN_IN, FORBIDDEN, INVALID, FORBIDDEN, INVALID});
        routes.put("GET /staff/targets/new?section=" + plan, new int[] {SIGN_IN, FORBIDDEN, OK, FORBIDDEN, OK});
        routes.put(
                "GET /staff/targets/new?section=" + section,
                new int[] {SIGN_IN, FORBIDDEN, conflict, FORBIDDEN, conflict});
        routes.put("GET " + f, new int[] {SIGN_IN, FORBIDDEN, OK, OK, OK});
        routes.put("POST " + f, new int[] {SIGN_IN, FORBIDDEN, INVALID, FORBIDDEN, INVALID});
        routes.put("GET " + f + "/delete", new int[] {SIGN_IN, FORBIDDEN, OK, FORBIDDEN, OK});
        routes.put("GET " + t, new int[] {SIGN_IN, FORBIDDEN, OK, OK, OK});
        routes.put("POST " + t, new int[] {SIGN_IN, FORBIDDEN, INVALID, FORBIDDEN, INVALID});
        // the editor deletes it; the admin after them finds it gone
        routes.put("POST /staff/figures/" + doomed + "/delete", new int[] {SIGN_IN, FORBIDDEN, saved, gone, gone});

        List<String> wrong = new ArrayList<>();
        routes.forEach((route, expected) -> {
            int i = 0;
            for (Map.Entry<String, StaffClient> visitor : visitors.entrySet()) {
                int status = call(visitor.getValue(), route);
                if (status != expected[i]) {
                    wrong.add(route + " as " + visitor.getKey() + ": " + status + ", expected " + expected[i]);
                }
                i++;
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void theStaffHomeListsOnlyTheReportsAnEditorMayWorkOn() {
        StaffClient admin = new StaffClient(base).signInAsAdmin();
        String name = "ty-home-" + UUID.randomUUID().toString().substring(0, 6);
        StaffClient editor =
                new StaffClient(base).signInFirstTime(name, admin.createAccount(name, "editor", "taiyuan"));
        String home = editor.get("/staff").body();
        assertEquals(true, home.contains("2022 年政府工作报告(摘要)"), "Taiyuan's report");
        assertEquals(false, home.contains("夯基蓄势谋发展"), "not Changzhi's");
    }

    @Test
    void anAdminAddsACityAfterCorrectingTheForm() {
        StaffClient admin = new StaffClient(base).signInAsAdmin();
        admin.get("/staff/cities");
        HttpResponse<String> refused =
                admin.post("/staff/cities", Map.of("slug", "Da Tong", "nameZh", "大同", "nameEn", "", "province", "山西省"));
        assertEquals(INVALID, refused.statusCode());
        String page = refused.body();
        assertEquals(true, page.contains("城市标识只能包含小写字母"), page);
        assertEquals(true, page.contains("请填写英文名"), page);
        assertEquals(true, page.contains("value=\"大同\""), "what was typed is kept");

        String slug = "datong-" + UUID.randomUUID().toString().substring(0, 4);
        HttpResponse<String> added = admin.post(
                "/staff/cities", Map.of("slug", slug, "nameZh", "大同", "nameEn", "Datong", "province", "山西省"));
        assertEquals(303, added.statusCode());
        assertEquals(OK, Http.getChinese(base, "/cities/" + slug).statusCode(), "the public sees the new city");
        HttpResponse<String> again = admin.post(
                "/staff/cities", Map.of("slug", slug, "nameZh", "大同", "nameEn", "Datong", "province", "山西省"));
        assertEquals(INVALID, again.statusCode());
        assertEquals(true, again.body().contains("已有城市使用该标识"));
    }

    private static int call(StaffClient client, String route) {
        String[] parts = route.split(" ", 2);
        if (parts[0].equals("GET")) {
            return client.get(parts[1]).statusCode();
        }
        client.get("/staff/login"); // a page with a token, whoever the visitor is
        HttpResponse<String> response = parts[1].equals("/staff/data") || parts[1].endsWith("/import") // upload forms
                ? client.upload(parts[1], parts[1].endsWith("/import") ? "file" : "archive", null, null)
                : client.post(parts[1], Map.of());
        return response.statusCode();
    }
}
