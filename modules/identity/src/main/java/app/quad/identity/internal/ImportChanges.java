package app.quad.identity.internal;

import java.util.List;

/** Lists what an import changed, for the report: "name", "name and role", "name, role and student id". */
final class ImportChanges {

    private ImportChanges() {
    }

    static String describe(List<String> changed) {
        if (changed.size() == 1) {
            return changed.get(0);
        }
        return String.join(", ", changed.subList(0, changed.size() - 1)) + " and " + changed.get(changed.size() - 1);
    }
}
