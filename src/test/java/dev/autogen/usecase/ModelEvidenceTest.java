package dev.autogen.usecase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ModelEvidenceTest {
    /**
     * A revision deleted by hand leaves its {@code .entities} behind; the next revision of the same name (the same
     * message in the same second) replaces it. Writing it failed before, and the new revision was left without
     * evidence ({@code VerifyIT.verificationTimeAtOneHundredTables} deletes and rewrites revisions this way).
     */
    @Test
    void theEvidenceOfADeletedRevisionOfTheSameNameIsReplaced(@TempDir Path migrations) throws Exception {
        Path source = migrations.resolve("R20261202_010516_create_items.java");
        Files.writeString(ModelEvidence.fileOf(source), "left by a deleted revision\n");
        Files.writeString(source, "// the new revision\n");

        ModelEvidence.write(source, "app.Item -> item\n");

        assertThat(Files.readString(ModelEvidence.fileOf(source))).isEqualTo("app.Item -> item\n");
    }
}
