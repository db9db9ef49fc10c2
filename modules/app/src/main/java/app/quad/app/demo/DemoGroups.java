package app.quad.app.demo;

import app.quad.groups.Discussions;
import app.quad.groups.GroupCategory;
import app.quad.groups.GroupRole;
import app.quad.groups.GroupSummary;
import app.quad.groups.GroupVisibility;
import app.quad.groups.Groups;
import app.quad.groups.NewGroup;
import app.quad.identity.AccountSummary;
import app.quad.identity.Accounts;
import app.quad.networking.Reaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A few groups with threads, once: an official one staff run, an OPEN club with a pinned thread and
 * a CLOSED cohort with a first post waiting for approval and a request to join, so every groups page
 * has something to show. Skipped when the official group exists already.
 */
@ApplicationScoped
class DemoGroups {

    static final String OFFICIAL = "Data Science Careers";

    @Inject
    Accounts accounts;

    @Inject
    Groups groups;

    @Inject
    Discussions discussions;

    /** @return whether the groups were set up now */
    boolean setUp() {
        long ada = id("ada.okafor@example.edu");
        if (groups.directory(ada, Groups.Scope.ALL, OFFICIAL, null, 0, 1).total() > 0) {
            return false;
        }
        long ben = id("ben.carter@example.edu");
        long chen = id("chen.wei@example.edu");
        long dana = id("dana.ruiz@alumni.example.edu");
        long sam = id("sam.taylor@example.edu");

        GroupSummary careers = groups.create(sam, new NewGroup(OFFICIAL, "Internships, first jobs and skills in data science,"
                + " with the career center and graduates who work in the field.", GroupCategory.INDUSTRY,
                "Be kind. No recruiting without the career center's say-so.", GroupVisibility.OPEN));
        for (long member : new long[]{ada, chen, dana}) {
            groups.join(member, careers.id());
        }
        groups.appoint(sam, careers.id(), dana, GroupRole.MANAGER);
        long welcome = discussions.start(sam, careers.id(), "Start here: how this group works",
                "Ask anything about data science careers. Graduates answer on weekdays; the career center checks in on Fridays.");
        discussions.pin(sam, welcome, true);
        long question = discussions.start(ada, careers.id(), "SQL or Python first for a data analyst internship?",
                "I have a term before applications open. Which would you learn first? @DanaRuiz, what did you do?");
        discussions.reply(dana, question, "SQL. Every interview I had started with a join and a GROUP BY. Python came with the job.");
        discussions.reply(chen, question, "Agreed; the career center's mock interviews use a SQL exercise too.");
        discussions.react(chen, question, Reaction.INSIGHTFUL);

        GroupSummary robotics = groups.create(ben, new NewGroup("Robotics Club", "Build nights on Thursdays in the engineering lab.",
                GroupCategory.CLUB, "", GroupVisibility.OPEN));
        groups.join(chen, robotics.id());
        long fair = discussions.start(ben, robotics.id(), "Career fair booth: who can help on Friday?",
                "We need two people per hour at booth 12 to let visitors drive the rover. Reply with the hours you can do.");
        discussions.reply(chen, fair, "10:00 to 12:00 works for me.");

        GroupSummary cohort = groups.create(chen, new NewGroup("Class of 2027", "For everyone graduating in 2027.",
                GroupCategory.COHORT, "Members only; what is said here stays here.", GroupVisibility.CLOSED));
        groups.join(ben, cohort.id());
        groups.approve(chen, cohort.id(), ben);
        discussions.start(ben, cohort.id(), "Study group for finals?", "Anyone up for a weekly study group in the library?");
        groups.join(ada, cohort.id());
        return true;
    }

    private long id(String email) {
        return accounts.findByEmail(email).map(AccountSummary::id).orElseThrow();
    }
}
