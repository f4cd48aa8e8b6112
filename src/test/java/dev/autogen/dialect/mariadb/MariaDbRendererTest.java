package dev.autogen.dialect.mariadb;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import dev.autogen.dialect.SqlStatement;
import dev.autogen.model.Column;
import dev.autogen.model.PrimaryKey;
import dev.autogen.model.QualifiedName;
import dev.autogen.operation.*;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.autogen.dialect.h2.RendererFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MariaDbRendererTest {
    private final MariaDbRenderer renderer = new MariaDbRenderer();

    private List<String> sql(Operation op) {
        return renderer.render(op).stream().map(SqlStatement::sql).toList();
    }

    @Test
    void tables() {
        assertThat(sql(new CreateTable(TABLE))).containsExactly(
                "CREATE TABLE `USERS` (`ID` bigint NOT NULL AUTO_INCREMENT,"
                        + " `EMAIL` varchar(255) NOT NULL DEFAULT 'none' COMMENT 'login', `NAME` varchar(100),"
                        + " PRIMARY KEY (`ID`), CONSTRAINT `UK_EMAIL` UNIQUE (`EMAIL`),"
                        + " CONSTRAINT `CK_NAME` CHECK (NAME <> '')) COMMENT='people'");
        assertThat(sql(new DropTable(TABLE))).containsExactly("DROP TABLE `USERS`");
        assertThat(sql(new RenameTable(SHOP_ORDERS, "PURCHASES"))).containsExactly(
                "ALTER TABLE `SHOP`.`ORDERS` RENAME TO `PURCHASES`");
        assertThat(sql(new SetTableComment(USERS, null, "it's"))).containsExactly("ALTER TABLE `USERS` COMMENT = 'it''s'");
        assertThat(sql(new SetTableComment(USERS, "people", null))).containsExactly("ALTER TABLE `USERS` COMMENT = ''");
    }

    @Test
    void columns() {
        assertThat(sql(new AddColumn(USERS, EMAIL))).containsExactly(
                "ALTER TABLE `USERS` ADD COLUMN `EMAIL` varchar(255) NOT NULL DEFAULT 'none' COMMENT 'login'");
        assertThat(sql(new DropColumn(USERS, NAME))).containsExactly("ALTER TABLE `USERS` DROP COLUMN `NAME`");
        assertThat(sql(new RenameColumn(USERS, "NAME", "FULL_NAME"))).containsExactly(
                "ALTER TABLE `USERS` RENAME COLUMN `NAME` TO `FULL_NAME`");
        assertThat(sql(new RenameIndex(USERS, "IX_A", "IX_B"))).containsExactly(
                "ALTER TABLE `USERS` RENAME INDEX `IX_A` TO `IX_B`");
        assertThat(sql(new RenameUniqueConstraint(USERS, "UK_A", "UK_B"))).containsExactly(
                "ALTER TABLE `USERS` RENAME INDEX `UK_A` TO `UK_B`");
        assertThat(sql(new AlterColumn(USERS, NAME, new Column("NAME", "varchar(300)", false, "'x'", false, "shown"), null)))
                .containsExactly("ALTER TABLE `USERS` MODIFY COLUMN `NAME` varchar(300) NOT NULL DEFAULT 'x' COMMENT 'shown'");
        assertThat(sql(new AlterColumn(USERS, ID.withIdentity(false), ID, null))).containsExactly(
                "ALTER TABLE `USERS` MODIFY COLUMN `ID` bigint NOT NULL AUTO_INCREMENT");
        assertThatThrownBy(() -> sql(new AlterColumn(USERS, NAME, NAME.withType("int"), "CAST(NAME AS INT)")))
                .isInstanceOf(AutogenException.class).hasMessageContaining("USING");
    }

    @Test
    void constraints() {
        assertThat(sql(new AddPrimaryKey(USERS, new PrimaryKey("PK_USERS", List.of("ID"))))).containsExactly(
                "ALTER TABLE `USERS` ADD PRIMARY KEY (`ID`)");
        assertThat(sql(new DropPrimaryKey(USERS, new PrimaryKey(null, List.of("ID"))))).containsExactly(
                "ALTER TABLE `USERS` DROP PRIMARY KEY");
        assertThat(sql(new AddForeignKey(SHOP_ORDERS, FK))).containsExactly(
                "ALTER TABLE `SHOP`.`ORDERS` ADD CONSTRAINT `FK_ORDERS_USER` FOREIGN KEY (`USER_ID`)"
                        + " REFERENCES `USERS` (`ID`) ON DELETE SET NULL");
        assertThat(sql(new DropForeignKey(SHOP_ORDERS, FK))).containsExactly(
                "ALTER TABLE `SHOP`.`ORDERS` DROP FOREIGN KEY `FK_ORDERS_USER`",
                "ALTER TABLE `SHOP`.`ORDERS` DROP INDEX IF EXISTS `FK_ORDERS_USER`");
        assertThat(sql(new AddUniqueConstraint(USERS, TABLE.uniqueConstraints().get(0)))).containsExactly(
                "ALTER TABLE `USERS` ADD CONSTRAINT `UK_EMAIL` UNIQUE (`EMAIL`)");
        assertThat(sql(new DropUniqueConstraint(USERS, TABLE.uniqueConstraints().get(0)))).containsExactly(
                "ALTER TABLE `USERS` DROP INDEX `UK_EMAIL`");
        assertThat(sql(new AddCheckConstraint(USERS, TABLE.checks().get(0)))).containsExactly(
                "ALTER TABLE `USERS` ADD CONSTRAINT `CK_NAME` CHECK (NAME <> '')");
        assertThat(sql(new DropCheckConstraint(USERS, TABLE.checks().get(0)))).containsExactly(
                "ALTER TABLE `USERS` DROP CONSTRAINT IF EXISTS `CK_NAME`");
    }

    @Test
    void indexes() {
        assertThat(sql(new CreateIndex(USERS, INDEX, true))).containsExactly(
                "CREATE UNIQUE INDEX `IX_NAME` ON `USERS` (`NAME`, `EMAIL` DESC)");
        assertThat(sql(new DropIndex(SHOP_ORDERS, INDEX, false))).containsExactly("DROP INDEX `IX_NAME` ON `SHOP`.`ORDERS`");
        assertThatThrownBy(() -> sql(new CreateIndex(USERS, PARTIAL, false))).isInstanceOf(AutogenException.class)
                .satisfies(e -> assertThat(((AutogenException) e).kind()).isEqualTo(ErrorKind.REVISION))
                .hasMessageContaining("MariaDB does not support partial indexes");
        assertThatThrownBy(() -> sql(new CreateIndex(USERS, EXPRESSION, false))).isInstanceOf(AutogenException.class)
                .hasMessageContaining("MariaDB does not support expression indexes");
    }

    @Test
    void sequencesAndEnumTypes() {
        assertThat(sql(new CreateSequence(SEQUENCE))).containsExactly("CREATE SEQUENCE `USER_SEQ` START WITH 1 INCREMENT BY 50 NOCACHE");
        assertThat(sql(new DropSequence(SEQUENCE))).containsExactly("DROP SEQUENCE `USER_SEQ`");
        assertThat(sql(new AlterSequence(SEQUENCE, new dev.autogen.model.Sequence(SEQUENCE.name(), 5, 10)))).containsExactly(
                "ALTER SEQUENCE `USER_SEQ` START WITH 5 INCREMENT BY 10");
        assertThat(sql(new CreateEnumType(ENUM))).isEmpty();
        assertThat(sql(new DropEnumType(ENUM))).isEmpty();
        assertThat(sql(new AlterEnumType(ENUM, ENUM))).isEmpty();
    }

    @Test
    void dataAndHandWrittenSqlEscapeBackslashes() {
        assertThat(sql(new BulkInsert(USERS, ROW_COLUMNS, ROWS))).containsExactly(
                "INSERT INTO `USERS` (`ID`, `NAME`) VALUES (1, 'O''Brien \\\\ x'), (2, NULL)");
        assertThat(sql(new DeleteRows(USERS, ROW_COLUMNS, ROWS))).containsExactly(
                "DELETE FROM `USERS` WHERE (`ID` = 1 AND `NAME` = 'O''Brien \\\\ x') OR (`ID` = 2 AND `NAME` IS NULL)");
        assertThat(sql(new ExecuteSql("UPDATE X SET A = 1", null))).containsExactly("UPDATE X SET A = 1");
        assertThatThrownBy(() -> sql(new IrreversibleSql("UPDATE X SET A = 1"))).isInstanceOf(AutogenException.class);
    }

    @Test
    void versionTableStatements() {
        QualifiedName table = QualifiedName.of("autogen_version");
        assertThat(renderer.select(table, List.of("version_num"))).isEqualTo("SELECT `version_num` FROM `autogen_version`");
        assertThat(renderer.insert(table, List.of("a"))).isEqualTo("INSERT INTO `autogen_version` (`a`) VALUES (?)");
        assertThat(renderer.deleteWhere(table, "a")).isEqualTo("DELETE FROM `autogen_version` WHERE `a` = ?");
        assertThat(renderer.quote("we`ird")).isEqualTo("`we``ird`");
    }
}
