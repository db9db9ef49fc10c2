package app.quad.app.it;

import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import java.net.URL;

/**
 * What the browser test classes share: one headless Chromium per class (started before its first
 * test, closed after its last), signed out before each test, and the deployment's address on
 * loopback as {@code base}.
 */
abstract class InBrowser {

    static Browser browser;

    @ArquillianResource
    URL deployed;

    URL base;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @BeforeEach
    void signedOutOnLoopback() {
        base = Deployments.onLoopback(deployed);
        browser.driver().manage().deleteAllCookies();
    }
}
