package app.quad.moderation.internal;

import app.quad.moderation.ScreeningRule;
import app.quad.platform.moderation.Screening;
import app.quad.platform.moderation.Screening.Verdict;
import app.quad.platform.moderation.Submission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The screening rules against a table of sample postings and messages, innocent ones included. */
class ScreeningPolicyTest {

    private static final Set<String> SHORTENERS = Set.of("bit.ly", "tinyurl.com", "t.co");

    private static final List<ScreeningPolicy.Rule> RULES = List.of(
            new ScreeningPolicy.Rule(ScreeningRule.Kind.KEYWORD, "buy followers", Verdict.BLOCK),
            new ScreeningPolicy.Rule(ScreeningRule.Kind.KEYWORD, "essay writing service", Verdict.HOLD),
            new ScreeningPolicy.Rule(ScreeningRule.Kind.LINK, "casino.example", Verdict.BLOCK));

    private static final Map<String, String> EMPLOYER = Map.of("employer", "true");

    static Stream<Arguments> samples() {
        return Stream.of(
                // Innocent text must pass.
                sample("networking.post", "Our robotics club meets Tuesday at 6pm in the library.", Map.of(), Verdict.ALLOW, null),
                sample("networking.post", "Slides: https://www.example.edu/talks/ai.pdf", Map.of(), Verdict.ALLOW, null),
                sample("networking.message", "Can you pay me back the $5 for lunch?", Map.of(), Verdict.ALLOW, null),
                sample("networking.message", "Happy to chat on WhatsApp about the course", Map.of(), Verdict.ALLOW, null),
                sample("networking.message", "Thanks for applying! Our recruiting team will email you an interview slot.", EMPLOYER,
                        Verdict.ALLOW, null),
                sample("jobs.posting", "Software engineering intern. Mentorship, real projects, paid.",
                        Map.of("payMax", "32", "payPeriod", "HOUR", "jobType", "INTERNSHIP"), Verdict.ALLOW, null),
                sample("jobs.posting", "Data analyst, full time, hybrid in Springfield.",
                        Map.of("payMax", "85000", "payPeriod", "YEAR", "jobType", "FULL_TIME"), Verdict.ALLOW, null),
                sample("identity.organisation", "Acme Corporation builds bridges.", Map.of("emailDomain", "acme.example.com"),
                        Verdict.ALLOW, null),
                sample("networking.post", "I love the followers of this page", Map.of(), Verdict.ALLOW, null),
                // Staff rules.
                sample("networking.post", "Buy followers cheap!", Map.of(), Verdict.BLOCK, "buy followers"),
                sample("networking.comment", "Try my essay writing service", Map.of(), Verdict.HOLD, "essay writing service"),
                sample("networking.post", "Win big at https://www.casino.example/win", Map.of(), Verdict.BLOCK, "casino.example"),
                // Link shorteners are held.
                sample("networking.message", "Look at bit.ly/abc123", Map.of(), Verdict.HOLD, "link shortener"),
                sample("networking.post", "Internships: https://tinyurl.com/xyz", Map.of(), Verdict.HOLD, "link shortener"),
                // Scam-recruiter signals on postings and employers' messages.
                sample("jobs.posting", "Remote assistant. Pay a $150 registration fee to start.", Map.of(), Verdict.HOLD, "pay"),
                sample("jobs.posting", "We will send you a check; deposit the check and wire the rest back via Western Union.", Map.of(),
                        Verdict.HOLD, "untraceable payment"),
                sample("networking.message", "Please send your bank account details so we can set up payroll before the interview.",
                        EMPLOYER, Verdict.HOLD, "bank or identity details"),
                sample("networking.message", "Contact our hiring manager on Telegram for the next step.", EMPLOYER, Verdict.HOLD,
                        "personal messaging app"),
                sample("networking.message", "Text me at +1 555 010 9999 to get the job", EMPLOYER, Verdict.HOLD, "personal number"),
                sample("identity.organisation", "Global Hiring Ltd", Map.of("emailDomain", "gmail.com"), Verdict.HOLD, "free e-mail"),
                sample("jobs.posting", "Part-time data entry from home.",
                        Map.of("payMax", "150", "payPeriod", "HOUR", "jobType", "PART_TIME"), Verdict.HOLD, "far above"),
                sample("jobs.posting", "Summer intern", Map.of("payMax", "400000", "jobType", "INTERNSHIP"), Verdict.HOLD, "far above"),
                sample("jobs.posting", "Co-op in our lab", Map.of("payMax", "20000", "payPeriod", "MONTH", "jobType", "CO_OP"), Verdict.HOLD,
                        "far above"),
                sample("jobs.posting", "Co-op in our lab", Map.of("payMax", "3500", "payPeriod", "MONTH", "jobType", "CO_OP"), Verdict.ALLOW,
                        null),
                sample("jobs.posting", "Volunteer tutor", Map.of("payMax", "", "payPeriod", "UNPAID", "jobType", "INTERNSHIP"), Verdict.ALLOW,
                        null));
    }

    private static Arguments sample(String kind, String text, Map<String, String> attributes, Verdict verdict, String signal) {
        return Arguments.of(kind, text, attributes, verdict, signal);
    }

    @ParameterizedTest(name = "{3}: {1}")
    @MethodSource("samples")
    void judgesEachSample(String kind, String text, Map<String, String> attributes, Verdict verdict, String signal) {
        Screening screening = ScreeningPolicy.judge(new Submission(kind, 7, text, attributes), RULES, SHORTENERS);
        assertEquals(verdict, screening.verdict(), () -> "signals: " + screening.signals());
        if (signal == null) {
            assertTrue(screening.signals().isEmpty(), () -> "no signal expected: " + screening.signals());
        } else {
            assertTrue(screening.signals().stream().anyMatch(s -> s.contains(signal)), () -> signal + " not in " + screening.signals());
        }
    }

    @Test
    void blockWinsOverHoldAndHtmlIsReadAsText() {
        Screening screening = ScreeningPolicy.judge(new Submission("networking.post", 7,
                "<p>Buy <b>followers</b>? no: <a href=\"https://bit.ly/x\">buy followers</a></p>"), RULES, SHORTENERS);
        assertEquals(Verdict.BLOCK, screening.verdict());
        assertEquals(List.of("contains \u201cbuy followers\u201d"), screening.signals());
    }

    @Test
    void aMemberWhoIsNotAnEmployerIsNotCheckedForScamSignalsInMessages() {
        assertEquals(Verdict.ALLOW, ScreeningPolicy.judge(new Submission("networking.message", 7,
                "Can you send your bank details? I owe you for the concert tickets."), List.of(), SHORTENERS).verdict());
    }
}
