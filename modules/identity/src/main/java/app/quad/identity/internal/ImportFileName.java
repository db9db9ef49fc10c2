package app.quad.identity.internal;

/** The name an uploaded file is listed under: without the folders some browsers send, and not too long. */
final class ImportFileName {

    static final String UNNAMED = "import.csv";

    private ImportFileName() {
    }

    static String clean(String given) {
        String name = given == null ? "" : given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return UNNAMED;
        }
        return name.length() > ImportJob.MAX_FILE_NAME ? name.substring(0, ImportJob.MAX_FILE_NAME) : name;
    }
}
