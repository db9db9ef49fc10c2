package app.quad.app.it;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Headless Chromium for browser tests. Every page it lands on, by {@link #open} or {@link #click},
 * is checked with axe against WCAG 2.1 A and AA; a serious or critical violation fails the test.
 */
final class Browser implements AutoCloseable {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");
    private static final Duration PAGE_LOAD = Duration.ofSeconds(20);

    private final WebDriver driver;

    private Browser(WebDriver driver) {
        this.driver = driver;
    }

    static Browser start() {
        Chromium.ensureInstalled();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Chromium.BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + freshProfile());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Chromium.DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD);
        return new Browser(driver);
    }

    WebDriver driver() {
        return driver;
    }

    void open(URL page) {
        driver.get(page.toString());
        checkAccessibility();
    }

    /** Clicks something that loads another page, waits for it, and checks it. */
    void click(By target) {
        WebElement html = driver.findElement(By.tagName("html"));
        driver.findElement(target).click();
        new WebDriverWait(driver, PAGE_LOAD).until(ignored -> isGone(html));
        checkAccessibility();
    }

    /**
     * Whether the element has left the page. Chromium sometimes reports a node of the old page as
     * "not belonging to the document" instead of stale; both mean the new page has arrived.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Waits for something an Ajax update brings, then checks the page again. */
    void waitFor(By target) {
        new WebDriverWait(driver, PAGE_LOAD).until(ExpectedConditions.visibilityOfElementLocated(target));
        checkAccessibility();
    }

    /** Signs in through the sign-in page, as a person would. */
    void signIn(URL base, String email, String password) {
        open(Deployments.page(base, "/identity/access/signin.xhtml"));
        driver.findElement(By.id("signin:email")).sendKeys(email);
        driver.findElement(By.id("signin:password")).sendKeys(password);
        click(By.id("signin:submit"));
    }

    String text(By target) {
        return driver.findElement(target).getText();
    }

    Object script(String javascript) {
        return ((JavascriptExecutor) driver).executeScript(javascript);
    }

    void checkAccessibility() {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        List<Rule> failing = results.getViolations().stream()
                .filter(rule -> FAILING_IMPACTS.contains(rule.getImpact()))
                .toList();
        if (!failing.isEmpty()) {
            throw new AssertionError("Accessibility violations on " + driver.getCurrentUrl() + ":\n"
                    + failing.stream().map(Browser::describe).collect(Collectors.joining("\n")));
        }
    }

    private static String describe(Rule rule) {
        return "- " + rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + "\n"
                + rule.getNodes().stream().map(CheckedNode::getHtml).map(html -> "    " + html)
                .collect(Collectors.joining("\n"));
    }

    private static String freshProfile() {
        try {
            return Files.createTempDirectory("quad-chromium").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
