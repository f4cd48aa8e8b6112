package dev.autogen.dialect.h2;

import dev.autogen.model.CheckConstraint;
import dev.autogen.model.Column;
import dev.autogen.model.EnumType;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.Index;
import dev.autogen.model.IndexColumn;
import dev.autogen.model.PrimaryKey;
import dev.autogen.model.QualifiedName;
import dev.autogen.model.ReferentialAction;
import dev.autogen.model.Sequence;
import dev.autogen.model.Table;
import dev.autogen.model.UniqueConstraint;

import java.util.Arrays;
import java.util.List;

/** The objects the golden renderer tests render, one per operation kind. */
public final class RendererFixtures {
    public static final QualifiedName USERS = QualifiedName.of("USERS");
    public static final QualifiedName SHOP_ORDERS = QualifiedName.of("SHOP", "ORDERS");
    public static final Column ID = new Column("ID", "bigint", false, null, true, null);
    public static final Column EMAIL = new Column("EMAIL", "varchar(255)", false, "'none'", false, "login");
    public static final Column NAME = Column.of("NAME", "varchar(100)");
    public static final Table TABLE = new Table(USERS, List.of(ID, EMAIL, NAME), new PrimaryKey("PK_USERS", List.of("ID")),
            List.of(), List.of(new UniqueConstraint("UK_EMAIL", List.of("EMAIL"))), List.of(),
            List.of(new CheckConstraint("CK_NAME", "NAME <> ''")), "people");
    public static final ForeignKey FK = new ForeignKey("FK_ORDERS_USER", List.of("USER_ID"), USERS, List.of("ID"),
            ReferentialAction.SET_NULL);
    public static final Index INDEX = new Index("IX_NAME", List.of(IndexColumn.asc("NAME"), IndexColumn.desc("EMAIL")), true, null);
    public static final Index PARTIAL = new Index("IX_PART", List.of(IndexColumn.asc("NAME")), false, "NAME IS NOT NULL");
    public static final Index EXPRESSION = new Index("IX_EXPR", List.of(new IndexColumn("lower(NAME)", false, true)), false, null);
    public static final Sequence SEQUENCE = new Sequence(QualifiedName.of("USER_SEQ"), 1, 50);
    public static final EnumType ENUM = new EnumType(QualifiedName.of("MOOD"), List.of("OK", "SAD"));
    public static final List<String> ROW_COLUMNS = List.of("ID", "NAME");
    public static final List<List<Object>> ROWS = List.of(List.of(1, "O'Brien \\ x"), Arrays.asList(2, null));

    private RendererFixtures() {
    }
}
