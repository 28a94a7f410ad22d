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
 * that is not a constant would be called through a slow generic path, reflection slower still). The
 * validation of every command walks its components ({@link TextCheck}, {@link BuiltInConstraints}).
 */
final class RecordComponents {

    /**
     * One component of a record.
     *
     * @param name its name
     * @param read its accessor, as a function of the record
     */
    record Component(String name, Function<Object, Object> read) {
    }

    private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Component[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Component[] read = new Component[components.length];
            for (int i = 0; i < components.length; i++) {
                read[i] = new Component(components[i].getName(), reader(type, components[i]));
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

    @SuppressWarnings("unchecked")
    private static Function<Object, Object> reader(Class<?> type, RecordComponent component) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
            MethodHandle accessor = lookup.unreflect(component.getAccessor());
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
