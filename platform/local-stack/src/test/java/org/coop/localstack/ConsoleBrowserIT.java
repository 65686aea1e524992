package org.coop.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import tools.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web console on the running local stack: served by the gateway without a token (always
 * checked, plain HTTP), and driven in the system's Chromium (skipped when chromium or chromedriver
 * is not installed): each role's page, posting a need, a field error, approving the demo trip,
 * the language switch, and no other organization's data.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String POSTED_TITLE = "Console test culinary exchange " + UUID.randomUUID().toString().substring(0, 8);

    @TempDir
    static Path dir;
    static StackUnderTest stack;
    static GatewayClient gateway;
    static WebDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void startTheStackAndTheBrowser() throws Exception {
        stack = StackUnderTest.start(new StackUnderTest.StackPorts(), dir.resolve("data"), dir.resolve("stack.log"));
        long starting = System.nanoTime();
        // the browser starts while the stack does
        if (browserInstalled()) {
            long browserStart = System.nanoTime();
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,1600", "--lang=en-US",
                    "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
            browser = new ChromeDriver(service, options);
            wait = new WebDriverWait(browser, PATIENCE);
            // lists are re-rendered while a test waits on them
            wait.ignoring(StaleElementReferenceException.class);
            System.out.println("browser started in " + (System.nanoTime() - browserStart) / 1_000_000 + " ms");
        } else {
            System.out.println("no /usr/bin/chromium or /usr/bin/chromedriver: the browser tests are skipped");
        }
        stack.awaitReady();
        System.out.println("stack ready in " + (System.nanoTime() - starting) / 1_000_000 + " ms");
        gateway = new GatewayClient(stack.gatewayUrl(), LocalStack.DEMO_PASSWORD);
    }

    @AfterAll
    static void stopEverything() throws Exception {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            if (stack != null) {
                long stopping = System.nanoTime();
                stack.stopLikeCtrlC();
                System.out.println("stack stopped in " + (System.nanoTime() - stopping) / 1_000_000 + " ms");
            }
        }
    }

    private static boolean browserInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /**
     * CI installs the browser ({@code .ci/run}) and sets {@code COOP_REQUIRE_BROWSER=true}: there a
     * missing browser is a failure, not a skip, so the browser tests cannot silently stop running.
     */
    private static void requireBrowser() {
        if ("true".equals(System.getenv("COOP_REQUIRE_BROWSER"))) {
            org.junit.jupiter.api.Assertions.assertNotNull(browser, "COOP_REQUIRE_BROWSER=true but /usr/bin/chromium "
                    + "or /usr/bin/chromedriver is missing: .ci/run installs the Debian packages chromium and "
                    + "chromium-driver");
        }
        assumeTrue(browser != null, "the browser test needs /usr/bin/chromium and /usr/bin/chromedriver "
                + "(Debian packages chromium and chromium-driver); not installed here, so it is skipped");
    }

    // ---------------------------------------------------------------- plain HTTP, no browser

    @Test
    @Order(1)
    void theGatewayServesTheConsoleWithoutATokenAndTheApiStillRequiresOne() throws Exception {
        HttpResponse<String> index = fetch("/console/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(index.body()).contains("<script type=\"module\" src=\"/console/js/app.js\">");

        HttpResponse<String> bare = fetch("/console");
        assertThat(bare.statusCode()).isBetween(301, 308);
        assertThat(bare.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/console/"));

        for (String module : List.of("app.js", "api.js", "i18n.js", "ui.js", "pages/shared.js", "pages/college.js",
                "pages/partner.js", "pages/officer.js", "pages/organizer.js")) {
            HttpResponse<String> js = fetch("/console/js/" + module);
            assertThat(js.statusCode()).as(module).isEqualTo(200);
            assertThat(js.headers().firstValue("Content-Type")).as(module)
                    .hasValueSatisfying(type -> assertThat(type).matches("(text|application)/javascript.*"));
        }
        HttpResponse<String> css = fetch("/console/console.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        assertThat(fetch("/console/js/missing.js").statusCode()).isEqualTo(404);

        for (String api : List.of("/api/auth/me", "/api/matchmaking/needs", "/api/approvals/tasks", "/api/forums")) {
            HttpResponse<String> refused = fetch(api);
            assertThat(refused.statusCode()).as(api).isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Type")).as(api)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
    }

    private static HttpResponse<String> fetch(String path) throws IOException, InterruptedException {
        // a connection per request (GatewayClient.freshClient says why); a timeout, so nothing hangs the build
        return GatewayClient.freshClient().send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path)).timeout(Duration.ofSeconds(30))
                        .GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    // ---------------------------------------------------------------- in the browser

    @Test
    @Order(2)
    void collegeStaffSeesTheirNeedsPostsOneAndSeesAFieldError() {
        requireBrowser();
        signIn("km.staff", "college");
        waitForText("needs-table", "Mechatronics internships in Viet Nam");
        assertThat(text("needs-table")).contains("Luban Workshop for rail transit in Thailand")
                .doesNotContain("Hotel-management internships in Laos");
        // the other sections load too
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#trips-body table, #trips-body .empty")));
        assertThat(text("trips-body")).contains("VN").contains("IN_REVIEW");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#need-form select[name=sectors] option")));
        WebElement form = browser.findElement(By.id("need-form"));
        form.findElement(By.name("title")).sendKeys(POSTED_TITLE);
        new Select(form.findElement(By.name("modes"))).selectByValue("student-exchange");
        new Select(form.findElement(By.name("sectors"))).selectByValue("culinary-arts");
        new Select(form.findElement(By.name("countries"))).selectByValue("KH");
        form.findElement(By.name("students")).sendKeys("8");
        form.findElement(By.name("contact.email")).sendKeys("console-test@kmvtc.example");
        browser.findElement(By.id("post-need")).click();
        waitForText("needs-table", POSTED_TITLE);
        assertThat(browser.findElement(By.id("need-form-errors")).isDisplayed()).isFalse();

        // a need without a title: the service's field error is shown at the form and at the field
        browser.findElement(By.id("post-need")).click();
        WebElement errors = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("need-form-errors")));
        wait.until(driver -> errors.getText().contains("title"));
        WebElement title = browser.findElement(By.cssSelector("#need-form input[name=title]"));
        assertThat(title.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.cssSelector("#need-form .field[data-field=title] .field-error")).getText()).isNotBlank();
        assertThat(gateway.get("km.staff", "/api/matchmaking/needs?size=50").get("total").asInt()).isEqualTo(3);
        screenshot("college");
        signOut();
    }

    @Test
    @Order(3)
    void theInternationalOfficeApprovesTheDemoTrip() {
        requireBrowser();
        signIn("km.intl", "college");
        WebElement task = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tasks-table form[data-trip]")));
        String tripId = task.getAttribute("data-trip");
        assertThat(text("tasks-table")).contains("VN");
        int stepBefore = gateway.get("km.intl", "/api/approvals/trips/" + tripId).get("currentStep").asInt();

        // rejecting needs a reason
        task.findElement(By.cssSelector("button.reject")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tasks-errors")));
        assertThat(task.findElement(By.cssSelector("input[name=reason]")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(gateway.get("km.intl", "/api/approvals/trips/" + tripId).get("status").asText()).isEqualTo("IN_REVIEW");

        task.findElement(By.cssSelector("button.approve")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("form[data-trip='" + tripId + "']"), 0));
        JsonNode trip = gateway.get("km.intl", "/api/approvals/trips/" + tripId);
        assertThat(trip.get("currentStep").asInt() > stepBefore || !"IN_REVIEW".equals(trip.get("status").asText()))
                .as("the trip moved on: %s", trip).isTrue();
        signOut();
    }

    @Test
    @Order(4)
    void theForumOrganizerSeesTheirPageAndTheLanguageSwitchChangesTheLabels() {
        requireBrowser();
        signIn("forum.org", "organizer");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("forum-form")));
        assertThat(browser.findElement(By.id("forums-heading")).getText()).isEqualTo("My forums");

        new Select(browser.findElement(By.id("language"))).selectByValue("zh");
        wait.until(ExpectedConditions.textToBe(By.id("forums-heading"), "我的论坛"));
        screenshot("organizer-zh");
        assertThat(browser.findElement(By.id("sign-out")).getText()).isEqualTo("退出登录");
        assertThat(browser.findElement(By.cssSelector("label[for=language]")).getText()).isEqualTo("语言");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh");

        new Select(browser.findElement(By.id("language"))).selectByValue("vi");
        wait.until(ExpectedConditions.textToBe(By.id("forums-heading"), "Diễn đàn của tôi"));
        new Select(browser.findElement(By.id("language"))).selectByValue("en");
        wait.until(ExpectedConditions.textToBe(By.id("forums-heading"), "My forums"));
        signOut();
    }

    @Test
    @Order(5)
    void anotherOrganizationNeverSeesKunmingsNeeds() {
        requireBrowser();
        signIn("nn.staff", "college");
        waitForText("needs-table", "Hotel-management internships in Laos");
        assertThat(text("main")).doesNotContain("Mechatronics internships in Viet Nam")
                .doesNotContain("Luban Workshop for rail transit").doesNotContain(POSTED_TITLE);
        signOut();

        signIn("vn.bacninh", "partner");
        waitForText("subscriptions-table", "Mechatronics talent for the Bac Ninh plant");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#matches-body table, #matches-body .empty")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#proposals-body table, #proposals-body .empty")));
        // the live stream is read with fetch and its "connected" event parsed
        wait.until(ExpectedConditions.textToBe(By.id("live-state"), "Connected to the live stream."));
        assertThat(browser.findElements(By.id("needs"))).isEmpty();
        assertThat(text("main")).doesNotContain("Luban Workshop for rail transit").doesNotContain(POSTED_TITLE);
        screenshot("partner");
        signOut();
    }

    @Test
    @Order(6)
    void aGovernmentOfficerSeesTasksOverdueReportsAndTheDashboard() {
        requireBrowser();
        signIn("yn.edu", "officer");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tasks-body table, #tasks-body .empty")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#overdue-body table, #overdue-body .empty")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("figure-trips")));
        // the demo trip of the Kunming college is one of the province's trips, as the service counts them
        int trips = gateway.get("yn.edu", "/api/approvals/statistics").get("overall").get("trips").asInt();
        assertThat(trips).isPositive();
        assertThat(browser.findElement(By.cssSelector("#figure-trips .figure-value")).getText()).isEqualTo(String.valueOf(trips));
        assertThat(browser.findElement(By.id("tasks-errors")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("dashboard-errors")).isDisplayed()).isFalse();
        screenshot("officer");
        signOut();
    }

    @Test
    @Order(7)
    void aWrongPasswordIsShownAtTheFormAndAnExpiredAccessTokenIsRefreshed() {
        requireBrowser();
        browser.get(stack.gatewayUrl() + "/console/");
        ((JavascriptExecutor) browser).executeScript("sessionStorage.clear()");
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signin-form")));
        browser.findElement(By.name("username")).sendKeys("la.poly");
        browser.findElement(By.name("password")).sendKeys("not-the-password");
        browser.findElement(By.id("sign-in")).click();
        WebElement errors = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-errors")));
        assertThat(errors.findElement(By.className("problem-title")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("main")).getAttribute("data-page")).isEqualTo("sign-in");

        signIn("la.poly", "partner");
        // the access token stops being valid: the console refreshes it on the 401 and carries on
        ((JavascriptExecutor) browser).executeScript(
                "const t = JSON.parse(sessionStorage.getItem('coop.tokens')); t.access = 'expired.' + t.access;"
                        + "sessionStorage.setItem('coop.tokens', JSON.stringify(t));");
        browser.navigate().refresh();
        wait.until(ExpectedConditions.attributeToBe(By.id("main"), "data-page", "partner"));
        waitForText("subscriptions-table", "Teacher training and curriculum partners");
        String access = (String) ((JavascriptExecutor) browser).executeScript(
                "return JSON.parse(sessionStorage.getItem('coop.tokens')).access");
        assertThat(access).doesNotStartWith("expired.");
        signOut();
    }

    // ---------------------------------------------------------------- helpers

    private static void signIn(String username, String expectedPage) {
        browser.get(stack.gatewayUrl() + "/console/");
        // a fresh tab state: no tokens left by a test that stopped half-way, English labels
        ((JavascriptExecutor) browser).executeScript("sessionStorage.clear()");
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signin-form")));
        browser.findElement(By.name("username")).sendKeys(username);
        browser.findElement(By.name("password")).sendKeys(LocalStack.DEMO_PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("main"), "data-page", expectedPage));
        assertThat(browser.findElement(By.id("who")).getText()).isNotBlank();
    }

    private static void signOut() {
        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signin-form")));
    }

    private static void waitForText(String id, String expected) {
        wait.until(driver -> !driver.findElements(By.id(id)).isEmpty() && driver.findElement(By.id(id)).getText().contains(expected));
    }

    /** Pages as the test saw them, for people: target/console-screenshots/*.png. */
    private static void screenshot(String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "console-screenshots"));
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            System.out.println("no screenshot " + name + ": " + e);
        }
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }
}
