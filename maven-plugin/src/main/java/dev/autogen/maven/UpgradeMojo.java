package dev.autogen.maven;

import dev.autogen.Autogen;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn autogen:upgrade [-Dautogen.target=head]}: applies the revisions the target needs. */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class UpgradeMojo extends AbstractAutogenMojo {
    /** {@code head}, {@code heads}, {@code +1}, a revision id, {@code label@head}, ... */
    @Parameter(property = "autogen.target", defaultValue = "head")
    private String target;

    @Override
    protected void run(Autogen autogen) {
        getLog().info(summary("upgrade", "Upgraded", autogen.upgrade(target)));
    }
}
