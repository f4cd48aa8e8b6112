package dev.autogen.cli;

/**
 * Output format of {@code check} and {@code lint}: text, JSON, or what CI shows on the revision's lines (SARIF 2.1.0,
 * GitHub Actions annotations, by {@link CiAnnotations}).
 */
enum ReportFormat {
    TEXT, JSON, SARIF, GITHUB;

    /** True for the formats CI reads: SARIF and GitHub annotations. */
    boolean ci() {
        return this == SARIF || this == GITHUB;
    }

    static final String DESCRIPTION = "text, json, sarif (SARIF 2.1.0) or github (GitHub Actions annotations on the"
            + " revisions' lines) (default: ${DEFAULT-VALUE}).";
}
