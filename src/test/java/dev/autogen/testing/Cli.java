package dev.autogen.testing;

import dev.autogen.cli.Main;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs the real CLI in-process in a project folder, the way a user runs {@code java -jar autogen.jar}. */
public final class Cli {
    private final Path dir;
    private final Map<String, String> env = new HashMap<>();

    public Cli(Path dir) {
        this.dir = dir;
        env.put("NO_COLOR", "1");
    }

    public Path dir() {
        return dir;
    }

    public Cli env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** Writes autogen.properties for {@code db} with entity sources in {@code src} and revisions in {@code migrations}. */
    public Cli configure(TestDatabase db, String packages) {
        StringBuilder p = new StringBuilder();
        p.append("url=").append(db.url().replace("\\", "\\\\")).append('\n');
        if (db.user() != null) {
            p.append("user=").append(db.user()).append('\n');
            p.append("password=").append(db.password() == null ? "" : db.password()).append('\n');
        }
        p.append("sources=src\n");
        p.append("packages=").append(packages).append('\n');
        p.append("migrations=migrations\n");
        return write("autogen.properties", p.toString());
    }

    public Cli write(String relative, String content) {
        try {
            Path f = dir.resolve(relative);
            Files.createDirectories(f.getParent());
            Files.writeString(f, content);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, dir, env, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    /** Runs and fails the test with the output when the exit code is not {@code expected}. */
    public Result expect(int expected, String... args) {
        Result r = run(args);
        if (r.code() != expected) {
            throw new AssertionError("autogen " + String.join(" ", args) + " exited " + r.code() + ", expected "
                    + expected + "\n--- stdout\n" + r.out() + "--- stderr\n" + r.err());
        }
        return r;
    }

    /** One run's exit code and output. */
    public record Result(int code, String out, String err) {
    }
}
