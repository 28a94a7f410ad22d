package dev.backoffice.jpa.support;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;

/**
 * A data source whose connections write down, in lower case, the text of every statement they
 * prepare: Hibernate's and plain JDBC alike. A JDBC batch is prepared once, so each text is one
 * round trip.
 */
public final class StatementLog {

    private StatementLog() {
    }

    /**
     * {@return the data source, its connections adding each prepared statement's text to the list}
     *
     * @param dataSource the data source to watch
     * @param statements where the texts go (a synchronized list if several threads use it)
     */
    public static DataSource recording(DataSource dataSource, List<String> statements) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, arguments) -> {
                    Object result = invoke(dataSource, method, arguments);
                    return result instanceof Connection connection ? recording(connection, statements) : result;
                });
    }

    private static Connection recording(Connection connection, List<String> statements) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> {
                    if ((method.getName().equals("prepareStatement") || method.getName().equals("prepareCall"))
                            && arguments != null && arguments[0] instanceof String sql) {
                        statements.add(sql.toLowerCase(Locale.ROOT));
                    }
                    return invoke(connection, method, arguments);
                });
    }

    private static Object invoke(Object target, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
