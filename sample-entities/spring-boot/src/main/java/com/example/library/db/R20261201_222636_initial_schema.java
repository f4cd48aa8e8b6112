package com.example.library.db;

import static dev.autogen.runtime.Ddl.*;
import static dev.autogen.runtime.Types.*;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Op;
import dev.autogen.runtime.Revision;

/**
 * initial schema
 *
 * <p>Revision 44a3b612e3eb, a root revision, created 2026-12-01T22:26:36Z by autogen.
 *
 * <p>Changes:
 * <ul>
 *   <li>create table author (id, first_name, last_name)</li>
 *   <li>create table book (id, published_on, title, main_author_id)</li>
 *   <li>create table tag (id, label)</li>
 *   <li>create table book_tags (book_id, tags_id)</li>
 *   <li>add foreign key FKfwqmbuoydkyenw70whvuqx8c0 on book (main_author_id) references author (id)</li>
 *   <li>add foreign key FKgrb34gudrjkbeew59bty9sh45 on book_tags (book_id) references book (id)</li>
 *   <li>add foreign key FKsky6wumpk8q486i2lecduct0d on book_tags (tags_id) references tag (id)</li>
 * </ul>
 */
@Revision(
        id = "44a3b612e3eb",
        message = "initial schema",
        created = "2026-12-01T22:26:36Z",
        portable = true
)
public final class R20261201_222636_initial_schema implements Migration {
    @Override
    public void upgrade(Op op) {
        op.createTable("author",
                column("id", BIGINT).notNull().identity(),
                column("first_name", varchar(255)),
                column("last_name", varchar(255)),
                primaryKey("pk_author", "id"));
        op.createTable("book",
                column("id", BIGINT).notNull().identity(),
                column("published_on", DATE),
                column("title", varchar(255)).notNull(),
                column("main_author_id", BIGINT),
                primaryKey("pk_book", "id"));
        op.createTable("tag",
                column("id", BIGINT).notNull().identity(),
                column("label", varchar(40)).notNull(),
                primaryKey("pk_tag", "id"),
                unique("UKse3xdrwp8d2c48wy326hp2sxd", "label"));
        op.createTable("book_tags",
                column("book_id", BIGINT).notNull(),
                column("tags_id", BIGINT).notNull(),
                primaryKey("pk_book_tags", "book_id", "tags_id"));
        op.createForeignKey("FKfwqmbuoydkyenw70whvuqx8c0", "book", "main_author_id", "author",
                "id");
        op.createForeignKey("FKgrb34gudrjkbeew59bty9sh45", "book_tags", "book_id", "book", "id");
        op.createForeignKey("FKsky6wumpk8q486i2lecduct0d", "book_tags", "tags_id", "tag", "id");
    }

    @Override
    public void downgrade(Op op) {
        op.dropForeignKey("FKsky6wumpk8q486i2lecduct0d", "book_tags");
        op.dropForeignKey("FKgrb34gudrjkbeew59bty9sh45", "book_tags");
        op.dropForeignKey("FKfwqmbuoydkyenw70whvuqx8c0", "book");
        // DATA LOSS: drops table book_tags and all its rows
        op.dropTable("book_tags");
        // DATA LOSS: drops table tag and all its rows
        op.dropTable("tag");
        // DATA LOSS: drops table book and all its rows
        op.dropTable("book");
        // DATA LOSS: drops table author and all its rows
        op.dropTable("author");
    }
}
