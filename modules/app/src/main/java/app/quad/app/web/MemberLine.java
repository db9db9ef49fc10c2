package app.quad.app.web;

import java.util.Locale;

/** The home page's sentence about who is already on Quad. */
final class MemberLine {

    private MemberLine() {
    }

    static String of(long studentsAndAlumni, long employerPeople) {
        if (studentsAndAlumni == 0 && employerPeople == 0) {
            return "Be among the first on Quad.";
        }
        return String.format(Locale.ENGLISH, "%s and %s are already here.",
                count(studentsAndAlumni, "student or graduate", "students and graduates"),
                count(employerPeople, "person from a hiring organisation", "people from hiring organisations"));
    }

    private static String count(long n, String one, String many) {
        return String.format(Locale.ENGLISH, "%,d %s", n, n == 1 ? one : many);
    }
}
