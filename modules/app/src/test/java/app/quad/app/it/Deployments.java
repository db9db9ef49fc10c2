package app.quad.app.it;

import app.quad.app.it.support.Await;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The archive every integration test deploys: the real quad.war as built, plus test helpers. */
final class Deployments {

    private Deployments() {
    }

    static WebArchive quad() {
        File war = new File(System.getProperty("quad.test.war"));
        return ShrinkWrap.create(ZipImporter.class, "quad.war")
                .importFrom(war)
                .as(WebArchive.class)
                .addPackage(Await.class.getPackage());
    }
}
