package dev.autogen.maven;

import dev.autogen.Autogen;
import dev.autogen.runtime.RunResult;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn autogen:downgrade -Dautogen.target=-1}: undoes applied revisions after the target. */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class DowngradeMojo extends AbstractAutogenMojo {
    /** {@code -1}, {@code base}, a revision id, ... (required: a downgrade is never implied). */
    @Parameter(property = "autogen.target", required = true)
    private String target;

    @Override
    protected void run(Autogen autogen) {
        RunResult result = autogen.downgrade(target);
        getLog().info(result.nothingToDo() ? "Nothing to downgrade; the database is at " + heads(result.after()) + "."
                : "Downgraded " + result.revisions().size() + " revision(s); the database is at "
                + heads(result.after()) + ".");
    }
}
