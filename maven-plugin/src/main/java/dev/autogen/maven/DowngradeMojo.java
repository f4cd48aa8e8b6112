package dev.autogen.maven;

import dev.autogen.Autogen;
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
        getLog().info(summary("downgrade", "Downgraded", autogen.downgrade(target)));
    }
}
