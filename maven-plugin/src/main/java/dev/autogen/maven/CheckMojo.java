package dev.autogen.maven;

import dev.autogen.Autogen;
import dev.autogen.usecase.CheckResult;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn autogen:check}: fails the build when revisions are pending, an applied revision was edited, the
 * entities differ from the database, or lint finds an unacknowledged risky operation: the same verdict as
 * {@code autogen check} ({@link CheckResult#ok()}). Bind it to {@code verify} to keep entities and revisions in step.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.COMPILE,
        threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class CheckMojo extends AbstractAutogenMojo {
    @Override
    protected void run(Autogen autogen) throws MojoFailureException {
        CheckResult result = autogen.check();
        if (result.ok()) {
            getLog().info("OK: the database is at head and matches the entities.");
            return;
        }
        result.findings().forEach(getLog()::error);
        String remedy = !result.pending().isEmpty() ? "run 'mvn autogen:upgrade' to apply the pending revisions"
                : !result.differences().isEmpty() ? "run 'mvn autogen:revision -Dautogen.message=...' to write a"
                + " revision for the differences"
                : !result.edited().isEmpty() ? "put further changes in a new revision instead of editing applied ones"
                : "review the risky operations and acknowledge an accepted one on the revision class with"
                + " @Acknowledge(rule = \"...\", reason = \"...\")";
        throw new MojoFailureException("autogen check failed: " + String.join("; ", result.findings()) + ". To fix: "
                + remedy + ".");
    }
}
