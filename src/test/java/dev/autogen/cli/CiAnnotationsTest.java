package dev.autogen.cli;

import dev.autogen.testing.MiniJson;
import dev.autogen.testing.SarifShape;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The CI formats of check and lint: GitHub workflow commands escaped as the runner reads them, and SARIF's shape. */
class CiAnnotationsTest {
    private static final CiAnnotations.Annotation FAILING = new CiAnnotations.Annotation("drop-column", true, false,
            "drops column a,b: 50% done\nnext", "migrations/R1, x.java", 3, null);
    private static final CiAnnotations.Annotation ACKNOWLEDGED = new CiAnnotations.Annotation("drop-table", false, true,
            "drops table t", "migrations/R1.java", 0, "agreed in #12");
    private static final CiAnnotations.Annotation PROJECT = new CiAnnotations.Annotation("drift", true, false,
            "difference: add table t", null, 0, null);

    @Test
    void githubCommandsEscapeTheirDataAndProperties() {
        assertThat(CiAnnotations.github(List.of(FAILING, ACKNOWLEDGED, PROJECT))).containsExactly(
                "::error file=migrations/R1%2C x.java,line=3,title=drop-column::drops column a,b: 50%25 done%0Anext",
                "::notice file=migrations/R1.java,title=drop-table::drops table t [acknowledged: agreed in #12]",
                "::error title=drift::difference: add table t");
    }

    @Test
    void sarifHasTheFieldsCodeScanningNeeds() {
        Map<String, Object> log = MiniJson.object(CiAnnotations.sarif(CiAnnotations.rules(
                new CiAnnotations.Rule("drift", "the entities differ")), List.of(FAILING, ACKNOWLEDGED, PROJECT)));
        List<Map<String, Object>> results = SarifShape.validate(log);
        assertThat(results).hasSize(3);
        assertThat(SarifShape.location(results.get(0))).isEqualTo("migrations/R1, x.java:3");
        assertThat(SarifShape.location(results.get(1))).as("an unknown line is the first").endsWith(":1");
        assertThat(results.get(1)).containsEntry("level", "note");
        assertThat((List<?>) results.get(1).get("suppressions")).singleElement().satisfies(s -> assertThat(
                MiniJson.map(s)).containsEntry("kind", "inSource").containsEntry("justification", "agreed in #12"));
        assertThat(results.get(2)).doesNotContainKey("locations").containsEntry("level", "error");
    }

    @Test
    void pathsAreRelativeToTheWorkingDirectoryWithSlashes(@org.junit.jupiter.api.io.TempDir Path dir) {
        assertThat(CiAnnotations.file(dir.resolve("migrations/R1.java").toString(), dir)).isEqualTo("migrations/R1.java");
        assertThat(CiAnnotations.file("migrations.R1", dir)).as("a revision from a jar has no file").isNull();
        assertThat(CiAnnotations.file(null, dir)).isNull();
    }
}
