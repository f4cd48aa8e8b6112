package dev.autogen.apply;

import dev.autogen.apply.VersionTable;
import dev.autogen.history.Checksums;

import dev.autogen.dialect.SqlStatement;
import dev.autogen.dialect.postgres.PostgresDialect;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VersionTableTest {
    private final VersionTable table = new VersionTable(new PostgresDialect(), "autogen_version");

    @Test
    void offlineStatementsUseLiteralsFromTheDialect() {
        assertThat(table.recordSql("a1b2c3", null))
                .isEqualTo("INSERT INTO autogen_version (revision, checksum) VALUES ('a1b2c3', NULL)");
        assertThat(table.recordSql("a1b2c3", "ff00"))
                .isEqualTo("INSERT INTO autogen_version (revision, checksum) VALUES ('a1b2c3', 'ff00')");
        assertThat(table.removeSql("it's")).isEqualTo("DELETE FROM autogen_version WHERE revision = 'it''s'");
    }

    @Test
    void tableHasRevisionKeyChecksumAndTime() {
        assertThat(table.definition().columns()).extracting(c -> c.name() + " " + c.type() + " " + c.nullable())
                .containsExactly("revision varchar(64) false", "checksum varchar(64) true", "applied_at timestamp false",
                        "downgrade_checksum varchar(64) true", "state varchar(16) true", "operations_done integer true");
        assertThat(table.definition().primaryKey().columns()).containsExactly("revision");
        assertThat(table.createStatements()).singleElement().asString().startsWith("CREATE TABLE autogen_version (");
        assertThat(new VersionTable(new PostgresDialect(), "ops.versions").name().schema()).isEqualTo("ops");
    }

    @Test
    void checksumIsSha256HexOverTheStatementsInOrder() {
        String ab = Checksums.of(List.of(SqlStatement.of("A"), SqlStatement.of("B")));
        assertThat(ab).hasSize(64).matches("[0-9a-f]+");
        assertThat(Checksums.of(List.of(SqlStatement.of("A"), SqlStatement.of("B")))).isEqualTo(ab);
        assertThat(Checksums.of(List.of(SqlStatement.of("B"), SqlStatement.of("A")))).isNotEqualTo(ab);
        assertThat(Checksums.of(List.of(SqlStatement.of("AB")))).isNotEqualTo(ab);
        assertThat(Checksums.of(List.of(new SqlStatement("A", true), SqlStatement.of("B")))).isNotEqualTo(ab);
    }
}
