package dev.autogen.dialect.h2;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** Wraps a connection so that every statement execution through it is counted. */
public final class StatementCounter {
    private final AtomicInteger executions = new AtomicInteger();
    private final Connection connection;

    public StatementCounter(Connection target) {
        this.connection = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler(target, true));
    }

    /** The counting connection. */
    public Connection connection() {
        return connection;
    }

    public int executions() {
        return executions.get();
    }

    private InvocationHandler handler(Object target, boolean isConnection) {
        return (proxy, method, args) -> {
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (!isConnection && method.getName().startsWith("execute")) {
                executions.incrementAndGet();
            }
            if (isConnection && result instanceof Statement && method.getReturnType().isInterface()) {
                return Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {method.getReturnType()},
                        handler(result, false));
            }
            return result;
        };
    }
}
