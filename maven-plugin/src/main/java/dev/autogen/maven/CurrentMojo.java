package dev.autogen.maven;

import dev.autogen.Autogen;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.util.Set;

/** {@code mvn autogen:current}: logs the database's current revision(s), or {@code <base>}. */
@Mojo(name = "current", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class CurrentMojo extends AbstractAutogenMojo {
    @Override
    protected void run(Autogen autogen) {
        Set<String> current = autogen.current();
        Set<String> heads = new java.util.HashSet<>(autogen.graph().heads().stream().map(h -> h.id()).toList());
        for (String id : current) {
            getLog().info("Current revision: " + autogen.graph().get(id).describe() + (heads.contains(id) ? " (head)" : ""));
        }
        if (current.isEmpty()) {
            getLog().info("Current revision: <base>");
        }
    }
}
