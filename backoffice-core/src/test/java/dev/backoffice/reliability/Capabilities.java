package dev.backoffice.reliability;

import dev.backoffice.BackOffice;
import dev.backoffice.common.Actor;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every use case a host can call, found by reflection, for the generic reliability tests: the
 * accessors of {@link BackOffice} that return a capability interface of a context's {@code api}
 * package, and each of their methods that takes the acting {@link Actor} first. A new capability or
 * method is covered without a change to the tests.
 */
final class Capabilities {

    /** A use case: the accessor that returns its capability, and the method. */
    record UseCase(Method accessor, Method method) {

        String name() {
            return accessor.getReturnType().getSimpleName() + "." + method.getName();
        }
    }

    private Capabilities() {
    }

    static List<UseCase> useCases() {
        List<Method> accessors = new ArrayList<>();
        for (Method method : BackOffice.class.getMethods()) {
            if (method.getParameterCount() == 0 && method.getReturnType().isInterface()
                    && method.getReturnType().getPackageName().matches("dev\\.backoffice\\.[a-z]+\\.api")
                    && !Modifier.isStatic(method.getModifiers())) {
                accessors.add(method);
            }
        }
        accessors.sort(Comparator.comparing(Method::getName));
        List<UseCase> useCases = new ArrayList<>();
        for (Method accessor : accessors) {
            List<Method> methods = new ArrayList<>();
            for (Method method : accessor.getReturnType().getMethods()) {
                if (!method.isDefault() && !Modifier.isStatic(method.getModifiers()) && method.getParameterCount() > 0
                        && method.getParameterTypes()[0] == Actor.class) {
                    methods.add(method);
                }
            }
            methods.sort(Comparator.comparing(Method::toGenericString));
            methods.forEach(method -> useCases.add(new UseCase(accessor, method)));
        }
        return useCases;
    }
}
