package app.quad.moderation.internal;

import app.quad.moderation.ScreeningRule;
import app.quad.platform.moderation.Screening;
import app.quad.platform.moderation.Submission;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules that judge a text on its own, without the database: staff's keyword and link rules,
 * link shorteners, and scam-recruiter signals on job postings, organisations and employers' messages.
 * BLOCK wins over HOLD; HOLD wins over ALLOW. Signals are written for a moderator (and, for BLOCK,
 * the author) to read.
 *
 * <p>Attributes read: {@code employer} ("true" when an employer's person writes), {@code payMax},
 * {@code payPeriod} (HOUR, MONTH or YEAR; UNPAID never signals), {@code jobType} (INTERNSHIP, CO_OP,
 * PART_TIME, ON_CAMPUS, FULL_TIME) and {@code emailDomain} (an organisation's; the screener fills it
 * in from {@code organisationId}).
 */
final class ScreeningPolicy {

    /** Kinds whose text the scam-recruiter signals read. */
    static final Set<String> SCAM_KINDS = Set.of("jobs.posting", "identity.organisation");

    static final Set<String> FREE_MAIL = Set.of("gmail.com", "googlemail.com", "yahoo.com", "ymail.com", "hotmail.com", "outlook.com",
            "live.com", "msn.com", "aol.com", "icloud.com", "me.com", "mail.com", "gmx.com", "gmx.net", "proton.me", "protonmail.com",
            "yandex.com", "yandex.ru", "zoho.com", "qq.com", "163.com");

    private static final List<Signal> PAYMENT = List.of(
            new Signal("(pay|send|transfer|wire)\\s+(us\\s+|me\\s+)?(a|an|the|your)?\\s*(\\$\\s*\\d+\\s*)?"
                    + "(fee|deposit|payment|money|registration|training fee|processing fee)", "asks the applicant to pay"),
            new Signal("(registration|processing|training|application|onboarding|equipment)\\s+fee", "asks the applicant to pay a fee"),
            new Signal("western union|moneygram|gift\\s*cards?|bitcoin|crypto\\s*(currency|wallet)|zelle|cash\\s*app",
                    "asks for an untraceable payment"),
            new Signal("bank\\s+(account\\s+)?(details|number|info|information|login)|routing\\s+number|\\biban\\b|sort\\s+code"
                    + "|social\\s+security\\s+number|\\bssn\\b|credit\\s+card\\s+(number|details)", "asks for bank or identity details"),
            new Signal("(cash|deposit)\\s+(a|the|this)\\s+(check|cheque)", "asks to cash a cheque"));

    private static final List<Signal> OFF_PLATFORM = List.of(
            new Signal("whats\\s*app|telegram|wechat|\\bkik\\b|viber|signal\\s+app|\\bon\\s+signal\\b|google\\s+hangouts|\\bicq\\b",
                    "asks to continue on a personal messaging app"),
            new Signal("(text|call|contact|message|reach)\\s+me\\s+(directly\\s+)?(at|on)\\s+\\+?\\d[\\d\\s().-]{6,}",
                    "asks to be contacted on a personal number"));

    private static final Pattern LINK = Pattern.compile(
            "(?i)\\b(?:https?://)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,})(?::\\d+)?(?=[/\\s?#]|$)");

    private ScreeningPolicy() {
    }

    /** A staff or configured rule, as screening uses it. */
    record Rule(ScreeningRule.Kind kind, String pattern, Screening.Verdict verdict) {
    }

    private record Signal(Pattern pattern, String words) {
        Signal(String regex, String words) {
            this(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), words);
        }
    }

    static Screening judge(Submission submission, List<Rule> rules, Set<String> shorteners) {
        String text = plain(submission.text());
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> block = new ArrayList<>();
        Set<String> hold = new LinkedHashSet<>();
        // Links in markup (href) count as much as links in the words.
        Set<String> hosts = hosts(text);
        hosts.addAll(hosts(submission.text().replaceAll("[\"'<>=]", " ")));
        for (Rule rule : rules) {
            boolean hit = rule.kind() == ScreeningRule.Kind.KEYWORD ? containsWord(lower, rule.pattern().toLowerCase(Locale.ROOT))
                    : hosts.stream().anyMatch(host -> sameSite(host, rule.pattern().toLowerCase(Locale.ROOT)));
            if (hit) {
                String signal = (rule.kind() == ScreeningRule.Kind.KEYWORD ? "contains \u201c" : "links to ") + rule.pattern()
                        + (rule.kind() == ScreeningRule.Kind.KEYWORD ? "\u201d" : "");
                if (rule.verdict() == Screening.Verdict.BLOCK) {
                    block.add(signal);
                } else {
                    hold.add(signal);
                }
            }
        }
        for (String host : hosts) {
            for (String shortener : shorteners) {
                if (sameSite(host, shortener)) {
                    hold.add("links through a link shortener (" + host + ")");
                }
            }
        }
        if (scamChecked(submission)) {
            hold.addAll(scamSignals(submission, text));
        }
        if (!block.isEmpty()) {
            return new Screening(Screening.Verdict.BLOCK, block);
        }
        return hold.isEmpty() ? Screening.allow() : new Screening(Screening.Verdict.HOLD, List.copyOf(hold));
    }

    /** Job postings and organisations always; messages and posts when an employer's person writes them. */
    static boolean scamChecked(Submission submission) {
        return SCAM_KINDS.contains(submission.kind()) || "true".equals(submission.attributes().get("employer"));
    }

    /** The scam-recruiter signals alone, in a fixed order. */
    static List<String> scamSignals(Submission submission, String text) {
        List<String> signals = new ArrayList<>();
        for (List<Signal> group : List.of(PAYMENT, OFF_PLATFORM)) {
            for (Signal signal : group) {
                if (signal.pattern().matcher(text).find() && !signals.contains(signal.words())) {
                    signals.add(signal.words());
                }
            }
        }
        String domain = submission.attributes().getOrDefault("emailDomain", "").strip().toLowerCase(Locale.ROOT);
        if (FREE_MAIL.contains(domain)) {
            signals.add("the organisation uses a free e-mail domain (" + domain + ")");
        }
        String pay = payAboveNorm(submission);
        if (pay != null) {
            signals.add(pay);
        }
        return signals;
    }

    /** Typical yearly pay by kind of job; more than three times that is suspicious. */
    static String payAboveNorm(Submission submission) {
        String max = submission.attributes().get("payMax");
        if (max == null || max.isBlank()) {
            return null;
        }
        double amount;
        try {
            amount = Double.parseDouble(max.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
        String period = submission.attributes().getOrDefault("payPeriod", "YEAR").toUpperCase(Locale.ROOT);
        double yearly = switch (period) {
            case "HOUR" -> amount * 2080;
            case "MONTH" -> amount * 12;
            case "YEAR" -> amount;
            default -> 0;
        };
        String type = submission.attributes().getOrDefault("jobType", "FULL_TIME").toUpperCase(Locale.ROOT);
        double norm = switch (type) {
            case "INTERNSHIP", "CO_OP" -> 45_000;
            case "PART_TIME", "ON_CAMPUS" -> 40_000;
            default -> 90_000;
        };
        return yearly > norm * 3 ? "pays far above what such a role usually pays (" + max.strip() + " a "
                + period.toLowerCase(Locale.ROOT) + ")" : null;
    }

    static String plain(String text) {
        // Rich text is judged by what it says: tags become spaces, so words in markup still count.
        return text.replaceAll("<[^>]*>", " ").replace("&nbsp;", " ").replace("&amp;", "&").replaceAll("\\s+", " ");
    }

    static Set<String> hosts(String text) {
        Set<String> hosts = new LinkedHashSet<>();
        Matcher matcher = LINK.matcher(text);
        while (matcher.find()) {
            hosts.add(matcher.group(1).toLowerCase(Locale.ROOT));
        }
        return hosts;
    }

    static boolean sameSite(String host, String site) {
        return host.equals(site) || host.endsWith("." + site);
    }

    static boolean containsWord(String lowerText, String lowerPhrase) {
        if (lowerPhrase.isBlank()) {
            return false;
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(lowerPhrase.strip()) + "(?![\\p{L}\\p{N}])").matcher(lowerText).find();
    }
}
