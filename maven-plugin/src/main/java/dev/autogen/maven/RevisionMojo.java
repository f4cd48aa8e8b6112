package dev.autogen.maven;

import dev.autogen.Autogen;
import dev.autogen.usecase.RevisionOutcome;
import dev.autogen.usecase.RevisionRequest;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.util.List;

/**
 * {@code mvn autogen:revision -Dautogen.message="add email"}: compiles the project, diffs its entities against
 * the database, and writes a revision to the migrations folder ({@code -Dautogen.autogenerate=false} writes an
 * empty one). The database must be at head.
 */
@Mojo(name = "revision", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class RevisionMojo extends AbstractAutogenMojo {
    /** The revision's message. */
    @Parameter(property = "autogen.message", required = true)
    private String message;

    /** Diff the entities against the database (default); false writes an empty revision. */
    @Parameter(property = "autogen.autogenerate", defaultValue = "true")
    private boolean autogenerate;

    /** Write a file even when the entities match the database. */
    @Parameter(property = "autogen.allowEmpty", defaultValue = "false")
    private boolean allowEmpty;

    /** The revision the new one follows, instead of the single head. */
    @Parameter(property = "autogen.head")
    private String head;

    /** The id to use instead of a random one. */
    @Parameter(property = "autogen.revId")
    private String revId;

    /**
     * Renames to write instead of a drop and an add, as {@code --rename} takes them: {@code table.column=new_column}
     * or {@code table=new_table}, comma-separated on the command line ({@code -Dautogen.renames=customer.mail=email}).
     */
    @Parameter(property = "autogen.renames")
    private List<String> renames;

    @Override
    protected void run(Autogen autogen) {
        RevisionRequest request = new RevisionRequest(message, autogenerate, allowEmpty || !autogenerate, head, false,
                List.of(), List.of(), revId, false).withRenames(renames == null ? List.of() : renames);
        RevisionOutcome outcome = autogen.revision(request);
        outcome.upgrade().operations().forEach(op -> getLog().info("  " + autogen.describe(op)));
        outcome.notes().forEach(getLog()::info);
        if (outcome.file().isEmpty()) {
            getLog().info("No changes: the entities match the database; no revision written.");
        } else {
            getLog().info("Generated " + outcome.file().get() + " (revision " + outcome.id() + ")");
        }
    }
}
