package app.quad.app.demo;

import app.quad.identity.AccountSummary;
import app.quad.identity.Accounts;
import app.quad.networking.Connections;
import app.quad.networking.Feed;
import app.quad.networking.FollowTarget;
import app.quad.networking.Follows;
import app.quad.networking.PostAudience;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Gives the demo members a small network, once: a few connections, a request waiting for Ada, a
 * graduate who takes followers, and posts in the feed, so every networking page has something to
 * show. Skipped when Ada already has connections.
 */
@ApplicationScoped
class DemoNetwork {

    @Inject
    Accounts accounts;

    @Inject
    Connections connections;

    @Inject
    Follows follows;

    @Inject
    Feed feed;

    /** @return whether the network was set up now */
    boolean setUp() {
        long ada = id("ada.okafor@example.edu");
        if (connections.connectionsOf(ada, 0, 1).total() > 0) {
            return false;
        }
        long ben = id("ben.carter@example.edu");
        long chen = id("chen.wei@example.edu");
        long dana = id("dana.ruiz@alumni.example.edu");
        long sam = id("sam.taylor@example.edu");
        connect(ada, ben, "We were lab partners in Data Structures last spring. Keep in touch?");
        connect(ben, chen, "Good to meet you at the robotics club build night on Thursday!");
        connect(dana, sam, "Thank you for the alumni panel invitation, happy to help again.");
        connections.request(sam, ada, "I advise students heading into data engineering; happy to share internship openings.");
        follows.allowFollowers(dana, true);
        follows.follow(ada, FollowTarget.account(dana));
        feed.publish(dana, "I am mentoring two students this term on moving from a lab job to data engineering."
                + " Happy to do a coffee chat if that is you. https://example.org/dana/mentoring", PostAudience.CAMPUS);
        feed.publish(ben, "Our robotics team shows the rover at the career fair on Friday, booth 12. Come and drive it!",
                PostAudience.CONNECTIONS);
        feed.publish(sam, "Career fair this Friday, 10:00 to 15:00 in the Student Union. Bring a printed CV;"
                + " the career center reviews CVs on Wednesday afternoon.", PostAudience.CAMPUS);
        return true;
    }

    private void connect(long a, long b, String note) {
        connections.accept(b, connections.request(a, b, note));
    }

    private long id(String email) {
        return accounts.findByEmail(email).map(AccountSummary::id).orElseThrow();
    }
}
