package app.quad.app.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Quad started the way the embedded run starts it, with {@code quad.demo-data} on (in a database of
 * its own): the demo loads at start-up, outside any request, and its people find something on every
 * main page. A failure while loading fails the deployment, and so this test.
 */
@ExtendWith(ArquillianExtension.class)
class DemoDataIT {

    private static final String PASSWORD = "quad-demo-password";

    @Deployment(testable = false)
    @TargetsContainer("payara-micro-demo")
    static WebArchive deployment() {
        return Deployments.quad();
    }

    @ArquillianResource
    URL deployed;

    private URL base;

    @BeforeEach
    void setUp() {
        base = Deployments.onLoopback(deployed);
    }

    @Test
    void aDemoStudentFindsPostsGroupsJobsAndTheCareerFair() {
        WebSession ada = signedIn("ada.okafor@example.edu");
        assertTrue(page(ada, "/networking/feed/home.xhtml").contains("Our robotics team shows the rover at the career fair"));
        String groups = page(ada, "/groups/directory/list.xhtml");
        assertTrue(groups.contains("Robotics Club") && groups.contains("Class of 2027"), "the demo groups");
        assertTrue(page(ada, "/jobs/postings/search.xhtml").contains("Data engineering intern (summer)"));
        assertTrue(page(ada, "/jobs/events/list.xhtml").contains("Campus career fair"));
    }

    @Test
    void theDemoModeratorAndEmployerSignIn() {
        assertEquals(200, signedIn("sam.taylor@example.edu").get("/moderation/review/queue.xhtml").statusCode());
        assertEquals(200, signedIn("priya.nair@northwind.example.com").get("/jobs/postings/mine.xhtml").statusCode());
    }

    private WebSession signedIn(String email) {
        WebSession session = new WebSession(base);
        HttpResponse<String> signIn = session.submit("/identity/access/signin.xhtml", "signin",
                Map.of("email", email, "password", PASSWORD), "submit");
        assertEquals(302, signIn.statusCode(), () -> email + " signs in with the published demo password");
        return session;
    }

    private static String page(WebSession session, String path) {
        HttpResponse<String> response = session.get(path);
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }
}
