#!/usr/bin/python3
"""Writes one N-table schema three ways, plus the drifts planted between them.

    python3 bench/generate.py N OUT [--revisions R]

OUT/entities/bench/*.java   the JPA entity model (package bench), what the code says the schema is
OUT/alembic/                the same schema as SQLAlchemy declarative models, with an Alembic project
OUT/schema.sql              PostgreSQL DDL as Hibernate 7 writes it, for the schema BEFORE the drifts
OUT/drifts.json             the planted drifts: what a correct autogenerate must find, and nothing else
--no-drifts                 plants nothing, so schema.sql is exactly the DDL of the entities (bench/check-ddl.sh)
OUT/revisions/              with --revisions R: R small chained revision classes for `autogen upgrade head`,
                            and revisions.sql, the same DDL as plain SQL (the cost of the SQL alone); the same
                            migrations for the peers: flyway/V<r>__*.sql and liquibase-changelog.sql

Every table has the same shape, so the only differences between the model and schema.sql are the planted
drifts, and the same drifts (same count, same kinds) exist at every N. Standard library only.
"""

import argparse
import json
import os
import shutil

GROUP = 10  # every table of a group of GROUP references the group's first table

# Planted drifts, in order; each takes one distinct table that is not a group head, spread over the schema.
DRIFT_KINDS = (
    ["add_column"] * 5        # entity has field `note`, the database lacks the column
    + ["drop_column"] * 3     # the database has column `legacy_code`, the entity does not
    + ["alter_type"] * 2      # entity name varchar(200), database varchar(120)
    + ["create_index"] * 2    # entity declares ix_<t>_name, the database lacks it
    + ["create_table"] * 1    # the whole table is missing from the database
    + ["alter_nullable"] * 1  # entity quantity nullable=false, database column nullable
)


def table_name(i, width):
    return "entity_%0*d" % (width, i)


def class_name(i, width):
    return "Entity%0*d" % (width, i)


def plan_drifts(n):
    """Maps table index -> drift kind."""
    candidates = [i for i in range(n) if i % GROUP != 0]
    if len(candidates) < len(DRIFT_KINDS):
        raise SystemExit("N must be at least %d so every drift gets its own table" % 20)
    step = len(candidates) / len(DRIFT_KINDS)
    return {candidates[int(k * step + step / 2)]: kind for k, kind in enumerate(DRIFT_KINDS)}


def drift_record(kind, table):
    if kind == "add_column":
        return {"kind": kind, "table": table, "column": "note"}
    if kind == "drop_column":
        return {"kind": kind, "table": table, "column": "legacy_code"}
    if kind == "alter_type":
        return {"kind": kind, "table": table, "column": "name", "from": "varchar(120)", "to": "varchar(200)"}
    if kind == "create_index":
        return {"kind": kind, "table": table, "index": "ix_%s_name" % table}
    if kind == "create_table":
        return {"kind": kind, "table": table}
    if kind == "alter_nullable":
        return {"kind": kind, "table": table, "column": "quantity", "from": "null", "to": "not null"}
    raise ValueError(kind)


# ---------------------------------------------------------------------------------------------- Java

JAVA_TEMPLATE = """package bench;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "{table}",
        indexes = @Index(name = "ix_{table}_name", columnList = "name"),
        uniqueConstraints = @UniqueConstraint(name = "uk_{table}_code", columnNames = "code"))
public class {cls} {{
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "code", length = 40, nullable = false)
    private String code;

    @Column(name = "name", length = 200)
    private String name;

    @Column(name = "amount", precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "quantity"{quantity_extra})
    private Integer quantity;
{extra}}}
"""

JAVA_PARENT = """
    @ManyToOne
    @JoinColumn(name = "parent_id", foreignKey = @ForeignKey(name = "fk_{table}_parent"))
    private {parent_cls} parent;
"""

JAVA_NOTE = """
    @Column(name = "note", length = 255)
    private String note;
"""


def java_entity(i, width, kind):
    table = table_name(i, width)
    extra = ""
    if i % GROUP != 0:
        extra += JAVA_PARENT.format(table=table, parent_cls=class_name(i - i % GROUP, width))
    if kind == "add_column":
        extra += JAVA_NOTE
    return JAVA_TEMPLATE.format(table=table, cls=class_name(i, width), extra=extra,
                                quantity_extra=", nullable = false" if kind == "alter_nullable" else "")


# ---------------------------------------------------------------------------------------------- SQL

def sql_table(i, width, kind):
    """Hibernate 7 PostgreSQL DDL for table i as it stands BEFORE the drift: (create table, indexes, foreign keys).

    Column order and layout are Hibernate 7's own (SchemaManagementTool script output): fixed-size types first,
    then variable-size ones; the unique constraint inline; indexes, then foreign keys, after all tables.
    """
    table = table_name(i, width)
    name_type = "varchar(120)" if kind == "alter_type" else "varchar(200)"
    cols = [
        "active boolean not null",
        "amount numeric(12,2)",
        "due_date date",
        "quantity integer",
        "created_at timestamp(6) with time zone",
        "id bigint generated by default as identity",
    ]
    if i % GROUP != 0:
        cols.append("parent_id bigint")
    cols += ["code varchar(40) not null", "name " + name_type]
    if kind == "drop_column":
        cols.append("legacy_code varchar(50)")
    cols += ["primary key (id)", "constraint uk_%s_code unique (code)" % table]
    create = "create table %s (%s);" % (table, ", ".join(cols))
    index = [] if kind == "create_index" else ["create index ix_%s_name on %s (name);" % (table, table)]
    fk = []
    if i % GROUP != 0:
        fk.append("alter table if exists %s add constraint fk_%s_parent foreign key (parent_id) references %s;"
                  % (table, table, table_name(i - i % GROUP, width)))
    return create, index, fk


def schema_sql(n, width, drifts):
    creates, indexes, fks = [], [], []
    for i in range(n):
        kind = drifts.get(i)
        if kind == "create_table":
            continue
        c, ix, fk = sql_table(i, width, kind)
        creates.append(c)
        indexes += ix
        fks += fk
    return "\n".join(creates + indexes + fks) + "\n"


# ---------------------------------------------------------------------------------------------- SQLAlchemy

MODELS_HEADER = '''"""The bench schema as SQLAlchemy declarative models (generated by bench/generate.py)."""
from sqlalchemy import (BigInteger, Boolean, Column, Date, ForeignKey, Identity, Index, Integer, Numeric,
                        String, UniqueConstraint)
from sqlalchemy.dialects.postgresql import TIMESTAMP
from sqlalchemy.orm import declarative_base

Base = declarative_base()
'''

MODEL_TEMPLATE = '''

class {cls}(Base):
    __tablename__ = "{table}"
    __table_args__ = (
        UniqueConstraint("code", name="uk_{table}_code"),
        Index("ix_{table}_name", "name"),
    )
    id = Column(BigInteger, Identity(), primary_key=True)
    code = Column(String(40), nullable=False)
    name = Column(String(200))
    amount = Column(Numeric(12, 2))
    created_at = Column(TIMESTAMP(timezone=True, precision=6))
    due_date = Column(Date)
    active = Column(Boolean, nullable=False)
    quantity = Column(Integer, nullable={quantity_nullable})
{extra}'''


def sqlalchemy_model(i, width, kind):
    table = table_name(i, width)
    extra = ""
    if i % GROUP != 0:
        extra += '    parent_id = Column(BigInteger, ForeignKey("%s.id", name="fk_%s_parent"))\n' % (
            table_name(i - i % GROUP, width), table)
    if kind == "add_column":
        extra += "    note = Column(String(255))\n"
    return MODEL_TEMPLATE.format(cls=class_name(i, width), table=table, extra=extra,
                                 quantity_nullable="False" if kind == "alter_nullable" else "True")


ALEMBIC_INI = """[alembic]
script_location = %(here)s
prepend_sys_path = .

[loggers]
keys = root

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console

[handler_console]
class = StreamHandler
args = (sys.stderr,)
formatter = generic

[formatter_generic]
format = %(levelname)s %(name)s %(message)s
"""

ENV_PY = '''"""Alembic environment for the bench: the database url comes from BENCH_DB_URL."""
import os
import sys

from alembic import context
from sqlalchemy import create_engine

sys.path.insert(0, os.path.dirname(__file__))
import models  # noqa: E402

target_metadata = models.Base.metadata


def run_migrations_online():
    engine = create_engine(os.environ["BENCH_DB_URL"])
    with engine.connect() as connection:
        # compare_type: Alembic 1.8 does not compare types by default; autogen always does.
        context.configure(connection=connection, target_metadata=target_metadata, compare_type=True)
        with context.begin_transaction():
            context.run_migrations()


run_migrations_online()
'''

SCRIPT_MAKO = '''"""${message}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
Create Date: ${create_date}
"""
from alembic import op
import sqlalchemy as sa
${imports if imports else ""}

revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels = ${repr(branch_labels)}
depends_on = ${repr(depends_on)}


def upgrade():
    ${upgrades if upgrades else "pass"}


def downgrade():
    ${downgrades if downgrades else "pass"}
'''


def write_alembic(out, n, width, drifts):
    os.makedirs(os.path.join(out, "versions"))
    with open(os.path.join(out, "models.py"), "w") as f:
        f.write(MODELS_HEADER)
        for i in range(n):
            f.write(sqlalchemy_model(i, width, drifts.get(i)))
    for name, text in (("alembic.ini", ALEMBIC_INI), ("env.py", ENV_PY), ("script.py.mako", SCRIPT_MAKO)):
        with open(os.path.join(out, name), "w") as f:
            f.write(text)


# ---------------------------------------------------------------------------------------------- revisions

REVISION_TEMPLATE = """package migrations;

import static dev.autogen.runtime.Ddl.*;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

@Revision(id = "{id}", {parents}message = "create small_{k}", created = "2026-01-01T00:00:00Z")
public final class R{k}_create_small implements Migration {{
    @Override
    public void upgrade(Op op) {{
        op.createTable("small_{k}",
                column("id", "bigint").notNull(),
                column("label", "varchar(40)"),
                primaryKey("small_{k}_pkey", "id"));
    }}

    @Override
    public void downgrade(Op op) {{
        op.dropTable("small_{k}");
    }}
}}
"""


def write_revisions(out, count):
    os.makedirs(os.path.join(out, "migrations"))
    sql = []
    for r in range(count):
        k = "%04d" % r
        parents = 'parents = "%012x", ' % (0xbe0000000000 + r - 1) if r else ""
        with open(os.path.join(out, "migrations", "R%s_create_small.java" % k), "w") as f:
            f.write(REVISION_TEMPLATE.format(id="%012x" % (0xbe0000000000 + r), parents=parents, k=k))
        sql.append("create table small_%s (id bigint not null, label varchar(40), "
                   "constraint small_%s_pkey primary key (id));" % (k, k))
    with open(os.path.join(out, "revisions.sql"), "w") as f:
        f.write("\n".join(sql) + "\n")
    # the same migrations for the peers: one Flyway versioned script each, one Liquibase changeset each
    os.makedirs(os.path.join(out, "flyway"))
    for r, statement in enumerate(sql):
        with open(os.path.join(out, "flyway", "V%d__create_small_%04d.sql" % (r + 1, r)), "w") as f:
            f.write(statement + "\n")
    with open(os.path.join(out, "liquibase-changelog.sql"), "w") as f:
        f.write("--liquibase formatted sql\n")
        for r, statement in enumerate(sql):
            f.write("\n--changeset bench:%d\n%s\n--rollback drop table small_%04d;\n" % (r + 1, statement, r))


# ---------------------------------------------------------------------------------------------- main

def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("n", type=int, help="number of tables (at least 20)")
    parser.add_argument("out", help="output folder (replaced)")
    parser.add_argument("--revisions", type=int, default=0, help="also write this many small revisions")
    parser.add_argument("--no-drifts", action="store_true",
                        help="plant nothing: schema.sql is then exactly the entities' DDL (see check-ddl.sh)")
    args = parser.parse_args()
    n, out = args.n, args.out
    width = max(4, len(str(n - 1)))
    drifts = {} if args.no_drifts else plan_drifts(n)

    if os.path.exists(out):
        shutil.rmtree(out)
    src = os.path.join(out, "entities", "bench")
    os.makedirs(src)
    for i in range(n):
        with open(os.path.join(src, class_name(i, width) + ".java"), "w") as f:
            f.write(java_entity(i, width, drifts.get(i)))
    write_alembic(os.path.join(out, "alembic"), n, width, drifts)
    with open(os.path.join(out, "schema.sql"), "w") as f:
        f.write(schema_sql(n, width, drifts))
    with open(os.path.join(out, "drifts.json"), "w") as f:
        json.dump({"tables": n, "drifts": [drift_record(drifts[i], table_name(i, width)) for i in sorted(drifts)]},
                  f, indent=2)
        f.write("\n")
    if args.revisions:
        write_revisions(os.path.join(out, "revisions"), args.revisions)


if __name__ == "__main__":
    main()
