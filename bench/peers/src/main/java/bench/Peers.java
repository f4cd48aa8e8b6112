package bench;

import dev.autogen.Autogen;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.flywaydb.core.Flyway;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Arrays;

/**
 * The bench's peers, run by bench/run.sh on the same migrations as autogen:
 * <pre>
 * flyway    URL USER FOLDER            Flyway migrate of FOLDER's V*__*.sql scripts
 * liquibase URL USER CHANGELOG         Liquibase update of a formatted-SQL changelog
 * inprocess AUTOGEN_URL FLYWAY_URL USER REVISION_CLASSES FLYWAY_FOLDER RUNS
 *                                      warm JVM, both databases at head: a new Autogen and a new Flyway each run
 * </pre>
 */
public final class Peers {
    private Peers() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("liquibase.analytics.enabled", "false");
        System.setProperty("liquibase.showBanner", "false");
        switch (args[0]) {
            case "flyway" -> System.out.println("flyway: " + flyway(args[1], args[2], args[3]) + " applied");
            case "liquibase" -> liquibase(args[1], args[2], Path.of(args[3]));
            case "inprocess" -> inProcess(args[1], args[2], args[3], Path.of(args[4]), args[5], Integer.parseInt(args[6]));
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    private static int flyway(String url, String user, String folder) {
        return Flyway.configure().dataSource(url, user, "").locations("filesystem:" + folder).load().migrate()
                .migrationsExecuted;
    }

    private static void liquibase(String url, String user, Path changelog) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            try (Liquibase lb = new Liquibase(changelog.getFileName().toString(),
                    new DirectoryResourceAccessor(changelog.toAbsolutePath().getParent()), db)) {
                lb.update(new Contexts(), new LabelExpression());
            }
        }
    }

    /** Median, min and max milliseconds of a new Autogen's and a new Flyway's upgrade at head, after a warm-up. */
    private static void inProcess(String autogenUrl, String flywayUrl, String user, Path revisionClasses,
                                  String flywayFolder, int runs) throws Exception {
        ClassLoader revisions = new URLClassLoader(new URL[] {revisionClasses.toUri().toURL()}, Peers.class.getClassLoader());
        Runnable autogen = () -> Autogen.builder().url(autogenUrl).user(user).revisionsOnClasspath(revisions)
                .revisionPackages("migrations").build().upgrade("head");
        Runnable flyway = () -> flyway(flywayUrl, user, flywayFolder);
        for (int i = 0; i < Math.max(20, runs); i++) {
            autogen.run();
            flyway.run();
        }
        long[] a = new long[runs];
        long[] f = new long[runs];
        for (int i = 0; i < runs; i++) {
            a[i] = time(autogen);
            f[i] = time(flyway);
        }
        print("autogen", a);
        print("flyway", f);
    }

    private static long time(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return System.nanoTime() - t;
    }

    private static void print(String tool, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        System.out.printf("inprocess\t%s\t%.1f\t%.1f\t%.1f%n", tool, s[s.length / 2] / 1e6, s[0] / 1e6, s[s.length - 1] / 1e6);
    }
}
