package dev.autogen.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Wraps a JDBC connection and counts the statements sent to the server: every {@code execute*} call on a
 * {@link Statement} (or prepared/callable statement) the connection creates, and every catalog lookup through
 * its {@link DatabaseMetaData} that returns rows (each one query on the server).
 */
public final class CountingConnection {
    private final Connection connection;
    private final AtomicInteger executions = new AtomicInteger();
    private final AtomicInteger lookups = new AtomicInteger();

    private CountingConnection(Connection target) {
        this.connection = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getCatalog") || method.getName().equals("getSchema")) {
                        lookups.incrementAndGet();
                    }
                    Object result = invoke(target, method, args);
                    if (result instanceof Statement statement && method.getName().matches("createStatement|prepareStatement|prepareCall")) {
                        return counting(statement, method.getReturnType());
                    }
                    if (result instanceof DatabaseMetaData meta) {
                        return counting(meta);
                    }
                    return result;
                });
    }

    public static CountingConnection wrap(Connection target) {
        return new CountingConnection(target);
    }

    /** The counting connection to hand to the code under test. */
    public Connection connection() {
        return connection;
    }

    /** Statements executed so far. */
    public int statements() {
        return executions.get();
    }

    /**
     * Calls of {@link Connection#getCatalog()} and {@link Connection#getSchema()} so far: PostgreSQL's driver sends
     * a query for each ({@code select current_catalog}, {@code select current_schema()}).
     */
    public int sessionLookups() {
        return lookups.get();
    }

    private Object counting(Statement statement, Class<?> type) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) {
                executions.incrementAndGet();
            }
            return invoke(statement, method, args);
        };
        return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private DatabaseMetaData counting(DatabaseMetaData meta) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("getConnection")) {
                return connection;
            }
            if (ResultSet.class.isAssignableFrom(method.getReturnType())) {
                executions.incrementAndGet();
            }
            return invoke(meta, method, args);
        };
        return (DatabaseMetaData) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {DatabaseMetaData.class}, handler);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
