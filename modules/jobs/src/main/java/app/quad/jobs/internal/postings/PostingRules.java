package app.quad.jobs.internal.postings;

import app.quad.platform.RichText;
import app.quad.jobs.ApplyMode;
import app.quad.jobs.JobType;
import app.quad.jobs.PayPeriod;
import app.quad.jobs.PostingDraft;
import app.quad.jobs.PostingStatus;
import app.quad.platform.Rejection;
import app.quad.platform.moderation.Screening;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The rules of a posting that need no database: what a valid draft is, and which step may follow which. */
public final class PostingRules {

    static final int TITLE_MAX = 120;
    static final int DESCRIPTION_MAX = 10_000;
    static final int LOCATION_MAX = 120;
    static final int MAJORS_MAX = 20;
    static final int MAJOR_MAX = 100;
    static final int GRAD_YEARS_MAX = 100;
    static final int QUESTIONS_MAX = 5;
    static final int QUESTION_MAX = 300;
    static final int URL_MAX = 500;
    static final int PAY_MAX = 10_000_000;
    /** How far ahead a deadline may be: a posting is not a standing advertisement. */
    static final int DEADLINE_DAYS_MAX = 366;

    private PostingRules() {
    }

    /** A draft with its text trimmed, cleaned of empty entries, and checked; the first problem is refused at its field. */
    public static PostingDraft check(PostingDraft d, LocalDate today) {
        String title = required("title", "The title", d.title(), TITLE_MAX);
        String html = RichText.sanitise(d.descriptionHtml());
        String text = RichText.visibleText(html);
        if (text.isEmpty()) {
            throw new Rejection("description", "Describe the job: what the work is and who you are looking for.");
        }
        if (text.length() > DESCRIPTION_MAX) {
            throw new Rejection("description", "The description can be at most " + DESCRIPTION_MAX + " characters (it has " + text.length() + ").");
        }
        if (d.type() == null) {
            throw new Rejection("type", "Choose the type of job.");
        }
        String location = required("location", "The location", d.location(), LOCATION_MAX);
        if (d.remote() == null) {
            throw new Rejection("remote", "Choose whether the work is on site, hybrid or remote.");
        }
        Integer payMin = d.payMin();
        Integer payMax = d.payMax();
        checkPay(d.type(), payMin, payMax, d.payPeriod());
        if (d.payPeriod() == PayPeriod.UNPAID) {
            payMin = null;
            payMax = null;
        }
        List<String> majors = new ArrayList<>(new LinkedHashSet<>(d.majors().stream().filter(m -> m != null && !m.isBlank())
                .map(m -> m.strip().replaceAll("\\s+", " ")).toList()));
        if (majors.size() > MAJORS_MAX) {
            throw new Rejection("majors", "Name at most " + MAJORS_MAX + " majors, or none for every major.");
        }
        for (String major : majors) {
            if (major.length() > MAJOR_MAX) {
                throw new Rejection("majors", "A major can be at most " + MAJOR_MAX + " characters: \u201c" + major.substring(0, 20) + "\u2026\u201d.");
            }
        }
        String gradYears = d.gradYears() == null ? "" : d.gradYears().strip();
        if (gradYears.length() > GRAD_YEARS_MAX) {
            throw new Rejection("gradYears", "The graduation years can be at most " + GRAD_YEARS_MAX + " characters.");
        }
        checkDeadline(d.deadline(), today);
        if (d.applyMode() == null) {
            throw new Rejection("applyMode", "Choose how students apply.");
        }
        String url = null;
        if (d.applyMode() == ApplyMode.EXTERNAL) {
            url = d.applyUrl() == null ? "" : d.applyUrl().strip();
            if (!webAddress(url)) {
                throw new Rejection("applyUrl", "Enter the full address of the page where students apply, starting with https://.");
            }
        }
        List<String> questions = d.questions().stream().filter(q -> q != null && !q.isBlank()).map(String::strip).toList();
        if (questions.size() > QUESTIONS_MAX) {
            throw new Rejection("questions", "Ask at most " + QUESTIONS_MAX + " screening questions.");
        }
        for (String question : questions) {
            if (question.length() > QUESTION_MAX) {
                throw new Rejection("questions", "A screening question can be at most " + QUESTION_MAX + " characters.");
            }
        }
        return new PostingDraft(title, html, d.type(), location, d.remote(), payMin, payMax, d.payPeriod(), majors, gradYears,
                d.deadline(), d.applyMode(), url, d.applyMode() == ApplyMode.IN_QUAD ? questions : List.of());
    }

    /** Pay is required: a range (or one figure) per period, or UNPAID for an internship. */
    public static void checkPay(JobType type, Integer payMin, Integer payMax, PayPeriod period) {
        if (period == null) {
            throw new Rejection("payPeriod", "Choose how the pay is counted (per hour, month or year), or Unpaid for an unpaid internship.");
        }
        if (period == PayPeriod.UNPAID) {
            if (type != JobType.INTERNSHIP) {
                throw new Rejection("payPeriod", "Only internships can be unpaid; enter the pay for this job.");
            }
            return;
        }
        if (payMin == null) {
            throw new Rejection("payMin", "Enter the lowest pay (students see it), or choose Unpaid for an unpaid internship.");
        }
        if (payMin <= 0 || payMin > PAY_MAX) {
            throw new Rejection("payMin", "The lowest pay must be a whole amount above 0.");
        }
        if (payMax != null && payMax > PAY_MAX) {
            throw new Rejection("payMax", "The highest pay is too large.");
        }
        if (payMax != null && payMax < payMin) {
            throw new Rejection("payMax", "The highest pay (" + payMax + ") is below the lowest pay (" + payMin + ").");
        }
    }

    public static void checkDeadline(LocalDate deadline, LocalDate today) {
        if (deadline == null) {
            throw new Rejection("deadline", "Enter the last day students can apply.");
        }
        if (deadline.isBefore(today)) {
            throw new Rejection("deadline", "The deadline " + deadline + " is in the past; choose today or a later day.");
        }
        if (deadline.isAfter(today.plusDays(DEADLINE_DAYS_MAX))) {
            throw new Rejection("deadline", "The deadline can be at most a year ahead.");
        }
    }

    static boolean webAddress(String url) {
        if (url.length() > URL_MAX || url.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && uri.getHost().contains(".");
        } catch (Exception e) {
            return false;
        }
    }

    private static String required(String field, String name, String value, int max) {
        String stripped = value == null ? "" : value.strip().replaceAll("\\s+", " ");
        if (stripped.isEmpty()) {
            throw new Rejection(field, name + " is required.");
        }
        if (stripped.length() > max) {
            throw new Rejection(field, name + " can be at most " + max + " characters (it has " + stripped.length() + ").");
        }
        return stripped;
    }

    /** Its people may change a posting while it is a draft or after it was turned down. */
    public static boolean editable(PostingStatus status) {
        return status == PostingStatus.DRAFT || status == PostingStatus.REJECTED;
    }

    /** A draft, or a rejected posting after changes, may be submitted. */
    public static boolean submittable(PostingStatus status) {
        return editable(status);
    }

    /**
     * Where a submitted posting goes: held by screening, published at once for staff and (when the
     * career center trusts them) verified employers, otherwise waiting for approval.
     */
    public static PostingStatus afterSubmit(boolean held, boolean staff, boolean trustedEmployer) {
        if (held) {
            return PostingStatus.HELD;
        }
        return staff || trustedEmployer ? PostingStatus.PUBLISHED : PostingStatus.SUBMITTED;
    }

    public static boolean reviewable(PostingStatus status) {
        return status == PostingStatus.SUBMITTED;
    }

    public static boolean closable(PostingStatus status) {
        return status == PostingStatus.PUBLISHED || status == PostingStatus.SUBMITTED;
    }

    /**
     * The verdict that counts when several screening beans answer: BLOCK over HOLD over ALLOW, the
     * first of equals; ALLOW when none is deployed.
     */
    public static Screening strictest(List<Screening> verdicts) {
        Screening strictest = Screening.allow();
        for (Screening verdict : verdicts) {
            if (verdict.verdict().ordinal() > strictest.verdict().ordinal()) {
                strictest = verdict;
            }
        }
        return strictest;
    }

    /**
     * Where a removed posting goes when moderation's removal is undone (a granted appeal): back to the
     * status it had, except for what happened meanwhile. A published posting whose deadline passed is
     * CLOSED, as the expiry sweep would have made it; if its organisation is no longer verified or its
     * author is suspended ({@code mayPublish} false), it is treated as that rejection or suspension
     * treats postings (published ones close, those waiting go back to drafts). A posting removed before the status was recorded ({@code before} null) goes back to
     * PUBLISHED if it ever was, otherwise to the career center's review.
     */
    public static PostingStatus restored(PostingStatus before, boolean everPublished, LocalDate deadline, LocalDate today,
                                         boolean mayPublish) {
        PostingStatus status = before != null && before != PostingStatus.REMOVED ? before
                : everPublished ? PostingStatus.PUBLISHED : PostingStatus.SUBMITTED;
        if (!mayPublish) {
            status = switch (status) {
                case PUBLISHED -> PostingStatus.CLOSED;
                case SUBMITTED, HELD -> PostingStatus.DRAFT;
                default -> status;
            };
        }
        return status == PostingStatus.PUBLISHED && deadline.isBefore(today) ? PostingStatus.CLOSED : status;
    }

    /** Open for applications: published, not hidden, and the deadline is today or later. */
    public static boolean open(PostingStatus status, boolean hidden, LocalDate deadline, LocalDate today) {
        return status == PostingStatus.PUBLISHED && !hidden && !deadline.isBefore(today);
    }
}
