#!/usr/bin/env bash
# Times `autogen -m` against `alembic revision --autogenerate` on the same N-table schema, plus autogen's
# other everyday commands. Usage: bash bench/run.sh   (see bench/README.md for the knobs).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=$ROOT/bench
JAR=${AUTOGEN_JAR:-$ROOT/target/autogen.jar}
SIZES=${N-"100 1000 3000"}          # N="" skips autogenerate: only the commands and the peers
RUNS=${RUNS:-3}
REVISIONS=${REVISIONS:-200}
WORK=${BENCH_WORK:-/tmp/autogen-bench}
PY=/usr/bin/python3          # Debian's python, where python3-alembic is installed (not a pyenv one)
TIME=/usr/bin/time
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
JDBC="jdbc:postgresql://$PGHOST:$PGPORT"
DBS=(bench_autogen bench_alembic bench_cmds bench_flyway bench_liquibase)
LAUNCHER=$ROOT/bin/autogen                 # bin/autogen: the start-up caches the build recorded
PEERS=$BENCH/peers/target/peers.jar        # Flyway and Liquibase, bench-only (bench/peers/pom.xml)

say() { echo "bench: $*" >&2; }

# ---- prerequisites -------------------------------------------------------------------------------------------
if [ ! -x "$TIME" ] || ! "$PY" -c 'import alembic, psycopg2' 2>/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        say "installing time, python3-alembic and python3-psycopg2 from Debian"
        apt-get update -qq && apt-get install -y -qq time python3-alembic python3-psycopg2 >/dev/null
    else
        say "needs: apt-get install time python3-alembic python3-psycopg2"; exit 2
    fi
fi
for tool in java javac psql; do command -v $tool >/dev/null || { say "needs $tool on PATH"; exit 2; }; done
psql -d postgres -Atqc 'select 1' >/dev/null || { say "cannot reach PostgreSQL at $PGHOST:$PGPORT as $PGUSER"; exit 2; }
HAVE_JAR=1
[ -f "$JAR" ] || { say "no autogen jar at $JAR (build it: mvn -B -o package -DskipTests); timing Alembic only"; HAVE_JAR=0; }

# ---- counting SQL statements ---------------------------------------------------------------------------------
# The bench databases get log_statement=all (ALTER DATABASE: only sessions on that database, gone when it is
# dropped; no server restart, no server-wide setting changed). Their statements are counted in the server log,
# whose log_line_prefix must carry %d so that other databases' lines can be told apart.
DATADIR=$(psql -d postgres -Atqc 'show data_directory')
LOGFILE=${PG_LOG:-}
if [ -z "$LOGFILE" ]; then
    LOGFILE=$(psql -d postgres -Atqc 'select pg_current_logfile()' 2>/dev/null || true)
    if [ -n "$LOGFILE" ]; then
        case $LOGFILE in /*) ;; *) LOGFILE=$DATADIR/$LOGFILE ;; esac
    elif PID=$(head -1 "$DATADIR/postmaster.pid" 2>/dev/null); then
        LOGFILE=$(readlink "/proc/$PID/fd/2" 2>/dev/null || true)
    fi
fi
if [ -z "$LOGFILE" ] || [ ! -r "$LOGFILE" ] || ! psql -d postgres -Atqc 'show log_line_prefix' | grep -q '%d'; then
    say "server log not readable or log_line_prefix lacks %d: SQL statements will show n/a"; LOGFILE=
fi

log_offset() { if [ -n "$LOGFILE" ]; then stat -c %s "$LOGFILE"; else echo 0; fi; }
statements_since() { # database, offset
    if [ -z "$LOGFILE" ]; then echo n/a; return; fi
    tail -c +"$(($2 + 1))" "$LOGFILE" | grep -cE "@$1 +LOG: +(statement|execute [^:]*):" || true
}

fresh_db() { # name [sql file]
    psql -d postgres -qc "drop database if exists $1" -c "create database $1" >/dev/null 2>&1
    if [ -n "${2:-}" ]; then psql -q -v ON_ERROR_STOP=1 -d "$1" -f "$2" >/dev/null; fi
    psql -d postgres -qc "alter database $1 set log_statement = 'all'"
}
cleanup() { for db in "${DBS[@]}"; do psql -d postgres -qc "drop database if exists $db" >/dev/null 2>&1 || true; done; }
trap cleanup EXIT

# ---- measuring -------------------------------------------------------------------------------------------------
RESULTS=$WORK/runs.tsv
OUT=$WORK/last-command.out
T_WALL= T_RSS=
timed() { # command... : wall seconds and peak RSS (KiB) into T_WALL, T_RSS; output into $OUT
    if ! "$TIME" -f "%e %M" -o "$WORK/time.out" "$@" >"$OUT" 2>&1; then
        say "command failed: $*"; tail -20 "$OUT" >&2; return 1
    fi
    read -r T_WALL T_RSS <"$WORK/time.out"
}
timed_check() { # like timed, but exit code 1 (check found differences) counts as success
    local rc=0
    "$TIME" -f "%e %M" -o "$WORK/time.out" "$@" >"$OUT" 2>&1 || rc=$?
    if [ $rc -gt 1 ]; then say "command failed: $*"; tail -20 "$OUT" >&2; return 1; fi
    read -r T_WALL T_RSS < <(tail -1 "$WORK/time.out")   # time writes "Command exited with ..." first
}
in_dir() { # folder command... : runs the command there, in this shell (so T_WALL/T_RSS survive)
    local rc=0
    pushd "$1" >/dev/null; shift
    "$@" || rc=$?
    popd >/dev/null
    return $rc
}
record() { # section N label run statements ops check
    # the last column is the 1-minute load average: other work on the machine shows up there
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$T_WALL" "$T_RSS" "$5" "$6" "$7" \
        "$(cut -d' ' -f1 /proc/loadavg)" >>"$RESULTS"
}
check_revision() { # drifts.json file : "ops<TAB>check"
    local json
    if [ -z "$2" ] || [ ! -f "$2" ]; then printf 'n/a\tno revision file written'; return; fi
    json=$("$PY" "$BENCH/check_revision.py" "$1" "$2" || true)
    "$PY" -c '
import json, sys
r = json.loads(sys.argv[1])
bad = ["missing %s %s %s" % (d["kind"], d["table"], d.get("column", d.get("index", ""))) for d in r["missing"]]
bad += ["spurious: " + s[:120] for s in r["spurious"]]
print("%d\t%s" % (r["ops"], "all 14 found, nothing else" if not bad else " | ".join(bad)), end="")' "$json"
}

autogen_generate() { # N run label project db [launcher...]
    local n=$1 run=$2 label=$3 proj=$4 db=$5 off file checked
    shift 5
    local launcher=("$@")
    [ ${#launcher[@]} -gt 0 ] || launcher=(java ${JAVA_OPTS:-} -jar "$JAR")
    fresh_db "$db" "$WORK/n$n/schema.sql"
    rm -rf "$proj/migrations" && mkdir -p "$proj/migrations"
    off=$(log_offset)
    in_dir "$proj" timed "${launcher[@]}" --url "$JDBC/$db" --user "$PGUSER" -m bench || return 1
    file=$(ls "$proj"/migrations/*.java 2>/dev/null | head -1 || true)
    [ -z "$file" ] || cp "$file" "$WORK/n$n/autogen-revision.java"
    checked=$(check_revision "$WORK/n$n/drifts.json" "$file")
    record autogenerate "$n" "$label" "$run" "$(statements_since "$db" "$off")" "${checked%%$'\t'*}" "${checked#*$'\t'}"
}

alembic_generate() { # N run
    local n=$1 run=$2 dir=$WORK/n$1/alembic db=bench_alembic off file checked
    fresh_db "$db" "$WORK/n$n/schema.sql"
    rm -f "$dir"/versions/*.py
    off=$(log_offset)
    export BENCH_DB_URL="postgresql+psycopg2://$PGUSER@$PGHOST:$PGPORT/$db"
    in_dir "$dir" timed "$PY" -m alembic -c alembic.ini revision --autogenerate -m bench || return 1
    file=$(ls "$dir"/versions/*.py 2>/dev/null | head -1 || true)
    [ -z "$file" ] || cp "$file" "$WORK/n$n/alembic-revision.py"
    checked=$(check_revision "$WORK/n$n/drifts.json" "$file")
    record autogenerate "$n" "alembic revision --autogenerate" "$run" "$(statements_since "$db" "$off")" \
        "${checked%%$'\t'*}" "${checked#*$'\t'}"
}

write_properties() { # project folder, entity line
    mkdir -p "$1"
    printf '%s\npackages=bench\nmigrations=migrations\nrevision_package=migrations\ndialect=postgresql\n' "$2" \
        >"$1/autogen.properties"
}

peer_runs() { # peer database label migrations: run, all pending, then at head; "run" is the loop's variable
    local peer=$1 db=$2 label=$3 migrations=$4 state off
    fresh_db "$db"
    for state in "$REVISIONS pending" "at head, nothing to do"; do
        off=$(log_offset)
        timed java ${JAVA_OPTS:-} -cp "$PEERS" bench.Peers "$peer" "$JDBC/$db" "$PGUSER" "$migrations" &&
            record peers 100 "$label ($state)" "$run" "$(statements_since "$db" "$off")" "" "" || true
    done
}

compile_entities() { # folder: javac once against the autogen jar (it carries jakarta.persistence)
    rm -rf "$1/classes" && mkdir -p "$1/classes"
    find "$1/entities" -name '*.java' >"$1/sources.txt"
    javac -proc:none -nowarn -d "$1/classes" -cp "$JAR" @"$1/sources.txt"
}

# ---- the benchmark ---------------------------------------------------------------------------------------------
mkdir -p "$WORK"
: >"$RESULTS"
: >"$WORK/inprocess.tsv"
say "work folder $WORK, sizes: $SIZES, runs: $RUNS (+1 warm-up), jar: $([ $HAVE_JAR = 1 ] && echo "$JAR" || echo none)"

for n in $SIZES; do
    d=$WORK/n$n
    say "N=$n: generating"
    "$PY" "$BENCH/generate.py" "$n" "$d"
    if [ $HAVE_JAR = 1 ]; then
        say "N=$n: compiling entities once (javac)"
        compile_entities "$d"
        write_properties "$d/autogen-classpath" "classpath=$d/classes"
        write_properties "$d/autogen-sources" "sources=$d/entities"
        for run in $(seq 0 "$RUNS"); do
            say "N=$n: autogen -m, classpath=, run $run"
            autogen_generate "$n" "$run" "autogen -m (classpath=)" "$d/autogen-classpath" bench_autogen || true
        done
        # the warm-up run fills the entity model cache (the entities do not change), so the timed runs of the
        # rows above and below reuse it; the 'no model cache' row is the cold figure: scan and Hibernate's boot
        for run in $(seq 0 "$RUNS"); do
            say "N=$n: autogen -m with bin/autogen, classpath=, run $run"
            autogen_generate "$n" "$run" "autogen -m (bin/autogen, classpath=)" "$d/autogen-classpath" bench_autogen \
                env AUTOGEN_JAR="$JAR" bash "$LAUNCHER" || true
        done
        for run in $(seq 1 "$RUNS"); do
            say "N=$n: autogen -m with bin/autogen, classpath=, no model cache, run $run"
            autogen_generate "$n" "$run" "autogen -m (bin/autogen, classpath=, no model cache)" "$d/autogen-classpath" \
                bench_autogen env AUTOGEN_JAR="$JAR" bash "$LAUNCHER" --no-model-cache || true
        done
        # check with unchanged entities: the warm-up run fills the entity model cache, the timed runs reuse it;
        # no revision is pending (check would not compare the entities then), so it finds the 14 drifts
        fresh_db bench_autogen "$d/schema.sql"
        rm -rf "$d/autogen-classpath/migrations" && mkdir -p "$d/autogen-classpath/migrations"
        for run in $(seq 0 "$RUNS"); do
            say "N=$n: autogen check with bin/autogen, model cache warm, run $run"
            off=$(log_offset)
            in_dir "$d/autogen-classpath" timed_check env AUTOGEN_JAR="$JAR" bash "$LAUNCHER" --url "$JDBC/bench_autogen" \
                --user "$PGUSER" check &&
                record autogenerate "$n" "autogen check (bin/autogen, model cache warm)" "$run" \
                    "$(statements_since bench_autogen "$off")" "" "" || true
        done
        # sources=: autogen compiles the entities itself; the first run fills its compile cache.
        rm -rf "$d/autogen-sources/.autogen-cache"
        say "N=$n: autogen -m, sources=, empty compile cache"
        autogen_generate "$n" 1 "autogen -m (sources=, empty compile cache)" "$d/autogen-sources" bench_autogen || true
        for run in $(seq 1 "$RUNS"); do
            say "N=$n: autogen -m, sources=, warm compile cache, run $run"
            autogen_generate "$n" "$run" "autogen -m (sources=, warm compile cache)" "$d/autogen-sources" bench_autogen || true
        done
    fi
    for run in $(seq 0 "$RUNS"); do
        say "N=$n: alembic, run $run"
        alembic_generate "$n" "$run" || true
    done
done

if [ $HAVE_JAR = 1 ]; then
    # Everyday commands on a project of $REVISIONS small chained revisions (and a 100-table entity model).
    d=$WORK/cmds
    say "commands: generating $REVISIONS revisions"
    "$PY" "$BENCH/generate.py" 100 "$d" --revisions "$REVISIONS"
    compile_entities "$d"
    proj=$d/project
    write_properties "$proj" "classpath=$d/classes"
    cp -r "$d/revisions/migrations" "$proj/"
    url=(--url "$JDBC/bench_cmds" --user "$PGUSER")
    fresh_db bench_cmds
    rm -rf "$proj/.autogen-cache"
    in_dir "$proj" timed java ${JAVA_OPTS:-} -jar "$JAR" "${url[@]}" heads &&
        record commands 100 "heads (empty compile cache: compiles $REVISIONS revisions)" 1 n/a "" "" || true
    for run in $(seq 1 "$RUNS"); do
        for cmd in --help heads history current; do
            off=$(log_offset)
            in_dir "$proj" timed java ${JAVA_OPTS:-} -jar "$JAR" "${url[@]}" $cmd &&
                record commands 100 "$cmd" "$run" "$(statements_since bench_cmds "$off")" "" "" || true
        done
    done
    for run in $(seq 1 "$RUNS"); do
        fresh_db bench_cmds
        off=$(log_offset)
        in_dir "$proj" timed java ${JAVA_OPTS:-} -jar "$JAR" "${url[@]}" upgrade head &&
            record commands 100 "upgrade head ($REVISIONS pending revisions)" "$run" \
                "$(statements_since bench_cmds "$off")" "" "" || true
        off=$(log_offset)
        in_dir "$proj" timed java ${JAVA_OPTS:-} -jar "$JAR" "${url[@]}" upgrade head &&
            record commands 100 "upgrade head (at head, nothing to do)" "$run" \
                "$(statements_since bench_cmds "$off")" "" "" || true
        fresh_db bench_cmds
        off=$(log_offset)
        timed psql -q -v ON_ERROR_STOP=1 -d bench_cmds -f "$d/revisions/revisions.sql" &&
            record commands 100 "psql -f revisions.sql (the same DDL as plain SQL)" "$run" \
                "$(statements_since bench_cmds "$off")" "" "" || true
    done

    # The peers, on the same migrations in the same run: Flyway migrate and Liquibase update, whole process,
    # with every migration pending and then at head; autogen beside them with bin/autogen.
    # rebuilt when older than its pom, its sources or the autogen jar it compiles against (API moves)
    if [ ! -f "$PEERS" ] || [ "$PEERS" -ot "$BENCH/peers/pom.xml" ] || [ "$PEERS" -ot "$JAR" ] ||
        [ -n "$(find "$BENCH/peers/src" -newer "$PEERS" -name "*.java" 2>/dev/null)" ]; then
        say "building the peers (bench/peers)"
        mvn -q -B -f "$BENCH/peers/pom.xml" clean package >"$WORK/peers-build.out" 2>&1 || say "peers build failed: $WORK/peers-build.out"
    fi
    if [ -f "$PEERS" ]; then
        for run in $(seq 1 "$RUNS"); do
            fresh_db bench_cmds
            for state in "$REVISIONS pending" "at head, nothing to do"; do
                off=$(log_offset)
                in_dir "$proj" timed env AUTOGEN_JAR="$JAR" bash "$LAUNCHER" "${url[@]}" upgrade head &&
                    record peers 100 "autogen upgrade head, bin/autogen ($state)" "$run" \
                        "$(statements_since bench_cmds "$off")" "" "" || true
            done
            peer_runs flyway bench_flyway "flyway migrate" "$d/revisions/flyway"
            peer_runs liquibase bench_liquibase "liquibase update" "$d/revisions/liquibase-changelog.sql"
        done
        # In-process, warm JVM, both at head: a new Autogen (revisions compiled on the class path, as an
        # application ships them) and a new Flyway, each run.
        rm -rf "$d/revision-classes" && mkdir -p "$d/revision-classes"
        javac -proc:none -nowarn -d "$d/revision-classes" -cp "$JAR" "$proj"/migrations/*.java
        say "in-process upgrade head at head: autogen and Flyway"
        java ${JAVA_OPTS:-} -cp "$PEERS:$JAR" bench.Peers inprocess "$JDBC/bench_cmds" "$JDBC/bench_flyway" "$PGUSER" \
            "$d/revision-classes" "$d/revisions/flyway" 30 2>/dev/null | grep '^inprocess' >"$WORK/inprocess.tsv" || true
    fi
fi

"$PY" "$BENCH/report.py" "$RESULTS" "$WORK/inprocess.tsv" | tee "$WORK/results.md"
say "raw runs: $RESULTS; generated revisions: $WORK/n*/autogen-revision.java, $WORK/n*/alembic-revision.py"
