package dev.autogen.maven;

import dev.autogen.Autogen;
import dev.autogen.error.AutogenException;
import dev.autogen.config.Settings;
import dev.autogen.config.SettingsLoader;
import dev.autogen.apply.RunResult;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What every autogen goal shares: settings from {@code autogen.properties} in the project folder (plus
 * {@code AUTOGEN_*} environment variables), the project's compile classpath as the place entities and compiled
 * revisions are found, and one {@link Autogen} built from both. Errors autogen reports fail the build with
 * autogen's own message.
 */
abstract class AbstractAutogenMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** The configuration file; default {@code autogen.properties} in the project folder, if present. */
    @Parameter(property = "autogen.config")
    protected File configFile;

    /** A JDBC URL overriding {@code url} from the configuration file. */
    @Parameter(property = "autogen.url")
    protected String url;

    /** Skips the goal. */
    @Parameter(property = "autogen.skip", defaultValue = "false")
    protected boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("autogen: skipped (autogen.skip=true).");
            return;
        }
        Logger hibernate = Logger.getLogger("org.hibernate");
        Level before = hibernate.getLevel();
        hibernate.setLevel(getLog().isDebugEnabled() ? Level.INFO : Level.SEVERE);
        try {
            run(autogen());
        } catch (AutogenException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } finally {
            hibernate.setLevel(before);
        }
    }

    /** The goal's work. */
    protected abstract void run(Autogen autogen) throws MojoExecutionException, MojoFailureException;

    /** Settings from the project's configuration, with the compile classpath added to the configured one. */
    protected Settings settings() throws MojoExecutionException {
        Path basedir = project.getBasedir().toPath();
        Map<String, String> overrides = new HashMap<>();
        if (url != null && !url.isBlank()) {
            overrides.put("url", url);
        }
        Settings loaded = new SettingsLoader(System.getenv()).load(basedir,
                configFile == null ? null : configFile.toPath(), overrides);
        LinkedHashSet<Path> classpath = new LinkedHashSet<>(loaded.classpath());
        try {
            for (String element : project.getCompileClasspathElements()) {
                classpath.add(Path.of(element));
            }
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("The compile classpath of " + project.getId()
                    + " is not resolved: " + e.getMessage(), e);
        }
        classpath.removeIf(p -> !p.toFile().exists());
        return loaded.withModel(new ArrayList<>(classpath), loaded.packages());
    }

    private Autogen autogen() throws MojoExecutionException {
        return Autogen.builder().settings(settings()).listener(new MavenProgress(getLog())).build();
    }

    /** "Upgraded 2 revision(s); the database is at abc." or "Nothing to upgrade; ..." */
    protected static String summary(String verb, String past, RunResult result) {
        String at = "the database is at " + heads(result.after()) + ".";
        return result.nothingToDo() ? "Nothing to " + verb + "; " + at
                : past + " " + result.revisions().size() + " revision(s); " + at;
    }

    /** Heads as the CLI shows them: {@code <base>} for none. */
    protected static String heads(java.util.Collection<String> ids) {
        return ids.isEmpty() ? "<base>" : String.join(", ", ids);
    }
}
