package app.quad.app.it;

import app.quad.app.it.support.Await;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;

/** The archive every integration test deploys: the real quad.war as built, plus test helpers. */
final class Deployments {

    private Deployments() {
    }

    /**
     * The deployment's URL on 127.0.0.1. Arquillian reports the address Payara Micro announces;
     * Payara listens on every interface, and tests keep their traffic on loopback. The path always
     * ends with a slash (Arquillian has reported it both with and without one: without, WebIT
     * failed when it happened to run first), so {@code new URL(base, "page.xhtml")} stays inside the deployment.
     */
    static URL onLoopback(URL deployed) {
        String path = deployed.getFile().endsWith("/") ? deployed.getFile() : deployed.getFile() + "/";
        try {
            return new URL(deployed.getProtocol(), "127.0.0.1", deployed.getPort(), path);
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(deployed.toString(), e);
        }
    }

    /** A page of the deployment, such as {@code /identity/access/signin.xhtml?next=...}. */
    static URL page(URL base, String path) {
        try {
            return java.net.URI.create(base.toString().replaceAll("/$", "") + path).toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(path, e);
        }
    }

    static WebArchive quad() {
        File war = new File(System.getProperty("quad.test.war"));
        return ShrinkWrap.create(ZipImporter.class, "quad.war")
                .importFrom(war)
                .as(WebArchive.class)
                .addPackage(Await.class.getPackage());
    }
}
