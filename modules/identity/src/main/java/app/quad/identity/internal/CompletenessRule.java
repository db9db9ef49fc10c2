package app.quad.identity.internal;

import app.quad.identity.Completeness;

import java.util.List;

/**
 * How complete a profile is, and what would help most next. The steps are in the order a career
 * adviser would suggest them: say who you are, where you study, show your face, then the rest.
 */
final class CompletenessRule {

    /** What a profile has, as far as completeness goes. */
    record Parts(boolean headline, boolean education, boolean photo, boolean about, int skills, boolean experience,
                 boolean resume, boolean projects) {
    }

    private record Step(int weight, String advice, boolean done) {
    }

    static final int ENOUGH_SKILLS = 3;

    private CompletenessRule() {
    }

    static Completeness of(Parts parts) {
        List<Step> steps = List.of(
                new Step(15, "Add a headline that says what you study or do and what you are looking for.", parts.headline()),
                new Step(20, "Add your school, degree and major.", parts.education()),
                new Step(15, "Add a photo: people remember a face.", parts.photo()),
                new Step(15, "Write a few sentences about yourself.", parts.about()),
                new Step(10, "Add at least " + ENOUGH_SKILLS + " skills.", parts.skills() >= ENOUGH_SKILLS),
                new Step(15, "Add a job, internship or volunteer role.", parts.experience()),
                new Step(5, "Upload your résumé as a PDF.", parts.resume()),
                new Step(5, "Show a project you are proud of.", parts.projects()));
        int percent = steps.stream().filter(Step::done).mapToInt(Step::weight).sum();
        String next = steps.stream().filter(step -> !step.done()).map(Step::advice).findFirst().orElse(null);
        return new Completeness(percent, next);
    }
}
