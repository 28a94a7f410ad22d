package dev.backoffice.reliability;

import dev.backoffice.BackOffice;
import dev.backoffice.common.AccessDeniedException;
import dev.backoffice.common.Actor;
import dev.backoffice.common.spi.AccessPolicy;
import dev.backoffice.inmemory.InMemoryAdapters;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R9 access, generically: every method of every capability the back office offers (found by
 * reflection, so a new one without a check fails here) asks the {@link AccessPolicy} for a
 * permission before it does anything, and a deny-all policy blocks every one of them, whatever its
 * other arguments.
 */
class AccessChecksTest {

    private static final Actor ACTOR = Actor.of("access", "mallory");

    /** The capability interfaces reached from {@link BackOffice}, with the accessor that returns each. */

    private static Object defaultValue(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class || type == float.class) {
            throw new AssertionError("no floating point in the api");
        }
        return type == int.class ? 0 : (short) 0;
    }

    @Test
    void aDenyAllPolicyBlocksEveryCallAndEveryCallAsksForAPermission() throws Exception {
        Set<String> asked = ConcurrentHashMap.newKeySet();
        AtomicInteger questions = new AtomicInteger();
        BackOffice backOffice = BackOffice.builder(new InMemoryAdapters())
                .accessPolicy((actor, permission) -> {
                    asked.add(permission);
                    questions.incrementAndGet();
                    return false;
                })
                .build();
        List<String> unguarded = new ArrayList<>();
        int calls = 0;
        for (Capabilities.UseCase useCase : Capabilities.useCases()) {
            Method method = useCase.method();
            Object capability = useCase.accessor().invoke(backOffice);
            Object[] arguments = new Object[method.getParameterCount()];
            arguments[0] = ACTOR;
            for (int i = 1; i < arguments.length; i++) {
                arguments[i] = defaultValue(method.getParameterTypes()[i]);
            }
            int before = questions.get();
            String name = useCase.name();
            calls++;
            try {
                method.invoke(capability, arguments);
                unguarded.add(name + " ran without being denied");
            } catch (InvocationTargetException e) {
                if (!(e.getCause() instanceof AccessDeniedException)) {
                    unguarded.add(name + " failed with " + e.getCause() + " before asking for a permission");
                }
            }
            if (questions.get() == before) {
                unguarded.add(name + " asked no permission");
            }
        }
        System.out.println("RELIABILITY R9 deny-all threads=1 operations=" + calls + " permissions=" + asked.size()
                + " anomalies=" + unguarded.size());
        assertThat(unguarded).isEmpty();
        assertThat(calls).as("the capabilities were found").isGreaterThan(50);
        assertThat(new TreeSet<>(asked)).allSatisfy(permission -> assertThat(permission).matches("[a-z]+(\\.[a-z_]+)+"));
    }
}
