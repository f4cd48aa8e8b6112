package dev.autogen.testing;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parts of a SARIF 2.1.0 log that code scanning requires, checked on a parsed log: {@code version},
 * {@code $schema}, each run's {@code tool.driver.name} and {@code rules}, and each result's {@code ruleId} (a rule of
 * the driver), {@code level}, {@code message.text} and, where it has a location,
 * {@code physicalLocation.artifactLocation.uri} and {@code region.startLine}.
 */
public final class SarifShape {
    private SarifShape() {
    }

    /** Checks {@code log}'s shape; returns the results of its one run. */
    public static List<Map<String, Object>> validate(Map<String, Object> log) {
        assertThat(log).containsEntry("version", "2.1.0");
        assertThat((String) log.get("$schema")).startsWith("https://").contains("sarif-schema-2.1.0.json");
        List<?> runs = (List<?>) log.get("runs");
        assertThat(runs).hasSize(1);
        Map<String, Object> run = MiniJson.map(runs.get(0));
        Map<String, Object> driver = MiniJson.map(MiniJson.map(run.get("tool")).get("driver"));
        assertThat(driver).containsEntry("name", "autogen");
        List<?> rules = (List<?>) driver.get("rules");
        assertThat(rules).isNotEmpty().allSatisfy(r -> assertThat(MiniJson.map(r)).containsKey("id")
                .containsKey("shortDescription"));
        List<Object> ids = rules.stream().map(r -> MiniJson.map(r).get("id")).toList();
        List<Map<String, Object>> results = ((List<?>) run.get("results")).stream().map(MiniJson::map).toList();
        for (Map<String, Object> r : results) {
            assertThat(ids).contains(r.get("ruleId"));
            assertThat(ids.indexOf(r.get("ruleId"))).isEqualTo(((Number) r.get("ruleIndex")).intValue());
            assertThat(List.of("error", "warning", "note", "none")).contains((String) r.get("level"));
            assertThat((String) MiniJson.map(r.get("message")).get("text")).isNotBlank();
            if (r.containsKey("locations")) {
                List<?> locations = (List<?>) r.get("locations");
                assertThat(locations).hasSize(1);
                Map<String, Object> physical = MiniJson.map(MiniJson.map(locations.get(0)).get("physicalLocation"));
                assertThat((String) MiniJson.map(physical.get("artifactLocation")).get("uri")).isNotBlank()
                        .doesNotContain("\\");
                assertThat(((Number) MiniJson.map(physical.get("region")).get("startLine")).intValue())
                        .isPositive();
            }
        }
        return results;
    }

    /** A result's {@code uri:startLine}. */
    public static String location(Map<String, Object> result) {
        Map<String, Object> physical = MiniJson.map(MiniJson.map(((List<?>) result.get("locations")).get(0))
                .get("physicalLocation"));
        return MiniJson.map(physical.get("artifactLocation")).get("uri") + ":"
                + ((Number) MiniJson.map(physical.get("region")).get("startLine")).intValue();
    }
}
