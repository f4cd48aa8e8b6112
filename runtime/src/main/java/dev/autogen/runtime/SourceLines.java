package dev.autogen.runtime;

import java.util.Optional;

/**
 * Where in a revision's source an {@code op} call was made, so that lint findings point at the line that wrote the
 * operation (CI annotations): the innermost frame of the call stack in the revision's own source file (its class,
 * nested and anonymous classes, lambdas, other classes of the same file), so a helper method of the revision gives the helper's line and a helper in
 * another class gives the line of the revision that called it. Revisions are compiled with line numbers
 * ({@code -g}); a class without them gives 0.
 */
final class SourceLines {
    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private SourceLines() {
    }

    /** The line of the innermost frame in {@code revisionClass}'s source file, or 0. */
    static int of(Class<?> revisionClass) {
        Class<?> top = topLevel(revisionClass);
        String file = top.getSimpleName() + ".java";
        Optional<Integer> line = WALKER.walk(frames -> frames
                .filter(f -> topLevel(f.getDeclaringClass()) == top || (file.equals(f.getFileName())
                        && f.getDeclaringClass().getPackageName().equals(top.getPackageName())))
                .map(StackWalker.StackFrame::getLineNumber)
                .findFirst());
        return line.filter(n -> n > 0).orElse(0);
    }

    private static Class<?> topLevel(Class<?> c) {
        Class<?> t = c;
        while (t.getEnclosingClass() != null) {
            t = t.getEnclosingClass();
        }
        return t;
    }
}
