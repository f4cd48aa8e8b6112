#!/usr/bin/env bash
# Records the start-up caches bin/autogen uses, beside the jar; the build runs it after packaging:
#   autogen.jsa       class-data-sharing archive, for Java 17 to 23 (made by the first such Java found)
#   autogen.aot       AOT cache (JEP 483/514/515), for Java 24 and later (made by the first such Java found)
#   autogen.aot.java  the java that made autogen.aot and its runtime version: the only Java that can use it
# Both come from one training run each (dev.autogen.cli.StartTraining: autogenerate, upgrade, check, current,
# heads, history on the sample project and an in-memory H2 database). Javas are looked for in this order:
# $AUTOGEN_JAVA, the build's own java (third argument), java on PATH, $JAVA_HOME, then every JDK under
# /usr/lib/jvm and /Library/Java/JavaVirtualMachines. It never fails the build: a missing Java or a failed
# training run only costs its speed-up, and says so.
# Usage: bash bin/start-caches.sh target/autogen.jar sample-entities [build-java]
set -u
jar=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
project=$2
base=${jar%.jar}
work=$(dirname "$jar")/start-training
rm -f "$base.jsa" "$base.aot" "$base.aot.java"
rm -rf "$work" && mkdir -p "$work"

# JAVA_VERSION and JAVA_RUNTIME_VERSION of a java binary, from the release file of its home
release() { # java-binary key
    local line home
    home=$(dirname "$(dirname "$1")")
    [ -f "$home/release" ] || return 0
    while IFS= read -r line; do
        case $line in "$2="*) line=${line#*=}; line=${line#\"}; echo "${line%\"}"; return 0 ;; esac
    done <"$home/release"
}
major() { local v; v=$(release "$1" JAVA_VERSION); v=${v%%.*}; case $v in ''|*[!0-9]*) echo 0 ;; *) echo "$v" ;; esac; }

candidates=("${AUTOGEN_JAVA:-}" "${3:-}" "$(command -v java || true)" "${JAVA_HOME:+$JAVA_HOME/bin/java}")
for j in /usr/lib/jvm/*/bin/java /Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java; do candidates+=("$j"); done
cds_java= aot_java=
for j in "${candidates[@]}"; do
    [ -n "$j" ] && [ -x "$j" ] || continue
    j=$(readlink -f "$j")
    m=$(major "$j")
    if [ "$m" -ge 24 ] && [ -z "$aot_java" ]; then aot_java=$j
    elif [ "$m" -ge 17 ] && [ "$m" -lt 24 ] && [ -z "$cds_java" ]; then cds_java=$j
    fi
done

train() { # label java-binary jvm-options...
    local label=$1 java=$2
    shift 2
    rm -rf "$work/$label" && mkdir -p "$work/$label"   # a fresh migrations folder for each run
    # a JVM that crashes (the AOT cache's assembly step has, on Temurin 25.0.3) writes its log here, not in the project
    if (cd "$project" && "$java" "$@" -XX:ErrorFile="$work/$label/hs_err_%p.log" -XX:+UseSerialGC -cp "$jar" dev.autogen.cli.StartTraining \
            "$work/$label/migrations") >"$work/$label/output.txt" 2>&1; then
        return 0
    fi
    echo "start-caches: the $label training run with $java failed (see $work/$label/output.txt)" >&2
    return 1
}

if [ -n "$cds_java" ]; then
    if train cds "$cds_java" -XX:ArchiveClassesAtExit="$base.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
            && [ -f "$base.jsa" ]; then
        echo "start-caches: $base.jsa for Java $(release "$cds_java" JAVA_VERSION) (class-data sharing)"
    else
        rm -f "$base.jsa"
    fi
else
    echo "start-caches: no Java 17 to 23 found: no class-data-sharing archive"
fi
if [ -n "$aot_java" ]; then
    # The assembly step can crash (Temurin 25.0.3: ArchiveHeapWriter, "Metadata ... should have been archived"),
    # leaving an empty file, which is no cache. Without ahead-of-time class linking (which archives class mirrors in
    # the heap) it does not; that cache loads and links less ahead of time, but still starts Hibernate's boot faster
    # than no cache.
    made_aot() {
        rm -f "$base.aot"
        train aot "$aot_java" "$@" -XX:AOTCacheOutput="$base.aot" -Xlog:aot=off -Xlog:cds=off && [ -s "$base.aot" ]
    }
    if made_aot || made_aot -XX:-AOTClassLinking; then
        printf '%s %s\n' "$aot_java" "$(release "$aot_java" JAVA_RUNTIME_VERSION)" >"$base.aot.java"
        echo "start-caches: $base.aot for Java $(release "$aot_java" JAVA_VERSION) (AOT cache)"
    else
        rm -f "$base.aot" "$base.aot.java"
        echo "start-caches: no AOT cache made with $aot_java (see $work/aot); bin/autogen uses the archive" >&2
    fi
else
    echo "start-caches: no Java 24 or later found: no AOT cache"
fi
exit 0
