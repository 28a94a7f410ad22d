package dev.backoffice.jpa.reliability;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyAttributes;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * The tries of a stateful property test (R5) times the factor the system property
 * {@value #FACTOR} gives (1 when it is not set): the normal suite runs the tries its
 * {@code @Property(tries = ...)} names, the long profile ({@code -Preliability-long}) ten times as
 * many. Added to a test class with {@code @AddLifecycleHook(LongProfileTries.class)}.
 */
public class LongProfileTries implements AroundPropertyHook {

    /** The system property that multiplies the tries. */
    static final String FACTOR = "reliability.triesFactor";

    /** From the test class on which it is added to each of its properties. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        int factor = Integer.getInteger(FACTOR, 1);
        PropertyAttributes attributes = context.attributes();
        if (factor > 1) {
            attributes.tries().ifPresent(tries -> attributes.setTries(tries * factor));
        }
        return property.execute();
    }
}
