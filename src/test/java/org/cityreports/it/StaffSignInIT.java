package org.cityreports.it;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaffSignInIT extends DeployedWar {

    @Test
    void anonymousVisitorsOfTheStaffAreaAreSentToSignIn() {
        StaffClient anonymous = new StaffClient(base);
        for (String path : List.of("/staff", "/staff/password")) {
            HttpResponse<String> response = anonymous.get(path);
            assertEquals(302, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/staff/login"), path);
        }
        assertEquals(200, anonymous.get("/staff/login").statusCode());
    }

    @Test
    void theAdminSignsInWithANewSessionIdAndSeesTheReports() {
        StaffClient admin = new StaffClient(base);
        admin.get("/staff/login");
        String before = admin.sessionId();
        admin.signInAsAdmin();
        assertNotEquals(before, admin.sessionId(), "session id renewed at sign-in");
        HttpResponse<String> home = admin.get("/staff");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("已登录:admin"));
        assertTrue(home.body().contains("2022 年政府工作报告(摘要)"), "Taiyuan's seed report");
        assertTrue(home.body().contains("夯基蓄势谋发展"), "Changzhi's seed report");
    }

    @Test
    void signingInLeadsBackToThePageAskedFor() {
        StaffClient admin = new StaffClient(base).signInAsAdmin(); // the admin's own password exists
        StaffClient visitor = new StaffClient(base);
        assertEquals(302, visitor.get("/staff/accounts/new").statusCode());
        HttpResponse<String> signedIn = visitor.signIn("admin", admin.adminPassword());
        assertEquals(303, signedIn.statusCode());
        assertEquals("/staff/accounts/new", StaffClient.location(signedIn));

        StaffClient other = new StaffClient(base);
        assertEquals(
                "/staff",
                StaffClient.location(other.signIn("admin", admin.adminPassword())),
                "with nothing asked for, the staff home");
    }

    @Test
    void signInsAndFailedSignInsAreInTheAccountsActivity() {
        StaffClient admin = new StaffClient(base).signInAsAdmin();
        String name = "audit-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        String oneTime = admin.createAccount(name, "reviewer");
        assertEquals(401, new StaffClient(base).signIn(name, "not-" + oneTime).statusCode());
        new StaffClient(base).signInFirstTime(name, oneTime);
        String activity = admin.get("/staff/accounts/" + name).body();
        assertTrue(activity.contains("登录失败"), activity);
        assertTrue(activity.matches("(?s).*>登录 账户<.*"), "the successful sign-in too");
    }

    @Test
    void aWrongPasswordAndAnUnknownNameGetTheSameAnswer() {
        HttpResponse<String> wrongPassword = new StaffClient(base).signIn("admin", "not-the-password");
        HttpResponse<String> unknownName = new StaffClient(base).signIn("nobody", "not-the-password");
        assertEquals(401, wrongPassword.statusCode());
        assertEquals(401, unknownName.statusCode());
        assertTrue(wrongPassword.body().contains("用户名或密码不正确"));
        assertEquals(message(wrongPassword), message(unknownName));
    }

    @Test
    void aSignInWithoutTheFormsTokenIsRefusedAndSignsNobodyIn() {
        StaffClient client = new StaffClient(base);
        client.get("/staff/login");
        HttpResponse<String> refused = client.postRaw("/staff/login", Map.of("username", "admin", "password", "x"));
        assertEquals(403, refused.statusCode());
        HttpResponse<String> wrongToken =
                client.postRaw("/staff/login", Map.of("username", "admin", "password", "x", "_csrf", "forged"));
        assertEquals(403, wrongToken.statusCode());
        assertEquals(302, client.get("/staff").statusCode());
    }

    @Test
    void aPostFromAnotherSiteIsRefusedEvenWithAToken() {
        StaffClient admin = new StaffClient(base).signInAsAdmin();
        admin.get("/staff");
        HttpResponse<String> response = admin.postRaw("/staff/logout", Map.of(), "Origin", "http://evil.example");
        assertEquals(403, response.statusCode());
        assertEquals(200, admin.get("/staff").statusCode(), "still signed in");
    }

    @Test
    void signingOutEndsTheSession() {
        StaffClient admin = new StaffClient(base).signInAsAdmin();
        assertEquals(200, admin.get("/staff").statusCode());
        HttpResponse<String> out = admin.signOut();
        assertEquals(303, out.statusCode());
        assertEquals(302, admin.get("/staff").statusCode());
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        HttpResponse<String> response = new StaffClient(base).get("/staff");
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
        assertFalse(
                cookie.toLowerCase().indexOf("samesite") != cookie.toLowerCase().lastIndexOf("samesite"),
                "SameSite once: " + cookie);
    }

    @Test
    void aNewPasswordMustBeLongEnoughAndTypedTwiceTheSame() {
        StaffClient admin = new StaffClient(base).signInAsAdmin();
        admin.get("/staff/password");
        HttpResponse<String> refused = admin.post(
                "/staff/password", Map.of("current", "wrong", "password", "short", "confirmation", "different"));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("当前密码不正确"));
        assertTrue(refused.body().contains("新密码太短"));
        assertTrue(refused.body().contains("两次输入的新密码不一致"));
        assertTrue(refused.body().contains("有 3 处需要修改"));
    }

    private static String message(HttpResponse<String> page) {
        int start = page.body().indexOf("class=\"error-summary\"");
        return page.body().substring(start, page.body().indexOf("</div>", start));
    }
}
