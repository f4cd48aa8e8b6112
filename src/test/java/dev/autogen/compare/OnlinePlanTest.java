package dev.autogen.compare;

import dev.autogen.model.CheckConstraint;
import dev.autogen.model.Column;
import dev.autogen.model.Table;
import dev.autogen.operation.*;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.autogen.compare.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The online rewrites: what changes on a table that exists, what stays on one the plan creates, and the reverses. */
class OnlinePlanTest {
    private static final PlanStage ONLINE = PlanStage.standard().then(new OnlinePlan());

    @Test
    void changesToAnExistingTableDoNotBlockWriters() {
        Column nullable = col("name", "varchar(100)");
        Column required = notNull("name", "varchar(100)");
        AlterColumn notNull = new AlterColumn(qn("member"), nullable, required, null);
        Plan plan = ONLINE.apply(new Plan(List.of(
                new CreateIndex(qn("member"), index("ix_member_email", "email"), false),
                new DropIndex(qn("member"), index("ix_member_old", "old"), false),
                new AddForeignKey(qn("member"), fk("fk_member_team", "team_id", "team")),
                new AddCheckConstraint(qn("member"), check("ck_member_level", "level >= 0")),
                notNull)));
        CheckConstraint proof = new CheckConstraint("ck_member_name_not_null", "\"name\" IS NOT NULL");
        assertThat(plan.operations()).containsExactly(
                new DropIndex(qn("member"), index("ix_member_old", "old"), true),
                // NOT NULL in place: a check added without a scan, validated, then SET NOT NULL without a scan
                new AddCheckConstraint(qn("member"), proof, true),
                new ValidateConstraint(qn("member"), "ck_member_name_not_null"),
                notNull,
                new DropCheckConstraint(qn("member"), proof),
                new AddCheckConstraint(qn("member"), check("ck_member_level", "level >= 0"), true),
                new CreateIndex(qn("member"), index("ix_member_email", "email"), true),
                new AddForeignKey(qn("member"), fk("fk_member_team", "team_id", "team"), true),
                // validations last, each in a transaction of its own
                new ValidateConstraint(qn("member"), "ck_member_level"),
                new ValidateConstraint(qn("member"), "fk_member_team"));
        for (Operation op : plan.operations()) {
            assertThat(op.reverse().reverse()).isEqualTo(op);
        }
        assertThat(plan.reverse().operations().get(0)).isEqualTo(new ValidateConstraint(qn("member"), "fk_member_team"));
        assertThat(plan.reverse().operations()).contains(new DropForeignKey(qn("member"),
                fk("fk_member_team", "team_id", "team"), true));
    }

    @Test
    void aUniqueConstraintOnAnExistingTableIsBuiltConcurrently() {
        dev.autogen.model.UniqueConstraint unique = new dev.autogen.model.UniqueConstraint("uk_member_email",
                List.of("email"));
        Plan plan = ONLINE.apply(new Plan(List.of(new AddUniqueConstraint(qn("member"), unique))));
        assertThat(plan.operations()).containsExactly(new AddUniqueConstraint(qn("member"), unique, true));
        // dropping the constraint drops the index it was made from: the downgrade is the one drop
        assertThat(plan.reverse().operations()).containsExactly(new DropUniqueConstraint(qn("member"), unique, true));
        assertThat(plan.operations().get(0).reverse().reverse()).isEqualTo(plan.operations().get(0));
    }

    @Test
    void aTableThePlanCreatesIsLeftAlone() {
        Table team = table("team", notNull("id", "bigint"));
        Table member = table("member", notNull("id", "bigint"), col("team_id", "bigint"));
        Plan plain = PlanStage.standard().apply(new Plan(List.of(new CreateTable(team), new CreateTable(member),
                new CreateIndex(qn("member"), index("ix_member_team", "team_id"), false),
                new AddForeignKey(qn("member"), fk("fk_member_team", "team_id", "team")))));
        assertThat(ONLINE.apply(plain)).isEqualTo(plain);
    }
}
