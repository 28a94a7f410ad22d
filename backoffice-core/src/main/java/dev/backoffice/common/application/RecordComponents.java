package dev.backoffice.common.application;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.function.Function;

/**
 * The components of a record class, each with a reader of its value that costs what a call of the
 * accessor costs (a function made once per component by {@link LambdaMetafactory}; a method handle
 * that is not a constant would be called through a slow generic path, reflection slower still), and
 * the accessor's method handle for a caller that composes the accessors of a class into one handle
 * it calls often ({@link BuiltInConstraints}: the JVM then compiles that handle as code of its own).
 * The validation of every command walks its components ({@link TextCheck}, {@link BuiltInConstraints}).
 */
final class RecordComponents {

    /**
     * One component of a record.
     *
     * @param name     its name
     * @param read     its accessor, as a function of the record
     * @param accessor its accessor, as a method handle of type {@code (Object)Object}, for a caller
     *                 that composes it into a method handle of its own ({@link BuiltInConstraints})
     */
    record Component(String name, Function<Object, Object> read, MethodHandle accessor) {
    }

    private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Component[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Component[] read = new Component[components.length];
            for (int i = 0; i < components.length; i++) {
                MethodHandle accessor = accessor(type, components[i]);
                read[i] = new Component(components[i].getName(), reader(type, accessor, components[i]),
                        accessor.asType(MethodType.methodType(Object.class, Object.class)));
            }
            return read;
        }
    };

    private RecordComponents() {
    }

    /**
     * {@return the components of the record class, in declaration order; the array is shared and not to be changed}
     *
     * @param type a record class
     */
    static Component[] of(Class<?> type) {
        return COMPONENTS.get(type);
    }

    private static MethodHandle accessor(Class<?> type, RecordComponent component) {
        try {
            return MethodHandles.privateLookupIn(type, MethodHandles.lookup()).unreflect(component.getAccessor());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Function<Object, Object> reader(Class<?> type, MethodHandle accessor, RecordComponent component) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
            CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
                    MethodType.methodType(Object.class, Object.class), accessor, accessor.type().wrap());
            return (Function<Object, Object>) site.getTarget().invokeExact();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
