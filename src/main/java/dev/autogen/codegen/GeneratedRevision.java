package dev.autogen.codegen;

import java.util.Objects;

/** A rendered revision class: its simple name, its file name ({@code <className>.java}) and its source text. */
public record GeneratedRevision(String className, String fileName, String source) {
    public GeneratedRevision {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(source, "source");
    }
}
