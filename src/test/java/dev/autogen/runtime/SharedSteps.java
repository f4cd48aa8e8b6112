package dev.autogen.runtime;

/** Steps several revisions share, in a source file of their own (for {@link SourceLinesTest}). */
final class SharedSteps {
    private SharedSteps() {
    }

    static void dropBoth(Op op) {
        op.dropTable("x");
        op.dropTable("y");
    }
}
