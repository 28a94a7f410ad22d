package dev.backoffice.common.application;

import jakarta.validation.GroupSequence;
import jakarta.validation.Validator;
import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;

import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides, without Hibernate Validator's bookkeeping, that every constraint of a command holds:
 * the common case on every call of the library. Bean Validation's own metadata
 * ({@link Validator#getConstraintsForClass}) says which constraints each record component and each
 * element of its lists and maps carries, and which are cascaded; for Bean Validation's built-in
 * constraints ({@code @NotNull}, {@code @NotBlank}, {@code @Size}, {@code @Min}, {@code @Pattern}
 * and the others listed in {@link #rule}) this class then checks the values itself, the same way the
 * provider's validators do. The constraints stay written once, as annotations on the commands.
 *
 * <p>The answer is one-sided: {@code true} means every constraint holds; {@code false} means one is
 * broken <em>or</em> this class cannot tell (a constraint that is not built in, a class-level
 * constraint, groups, a value of a type it does not know), and the caller then asks the validator,
 * whose report is the one a caller sees. So a command that breaks a constraint always reaches Hibernate
 * Validator, and its error is unchanged; a valid command skips the provider's per-call work (a context
 * and a path node per evaluated constraint, value receivers per list element), which was more than half
 * the time and allocation of posting a journal entry in memory. {@code BuiltInConstraintsTest} checks the
 * answer against the validator's on every command of the library with generated values.
 *
 * <p>The same walk applies {@link TextCheck}'s rules (no control characters, dates in the years 1 to
 * 9999) to every text and date that check would reach: one walk reads each component of a command
 * once, where a second walk for the texts read them all again. A text the walk cannot vouch for
 * makes the answer {@code false}, and the caller's full check names the field.
 */
final class BuiltInConstraints {

    /** Deeper graphs than this are left to the validator (commands are shallow trees). */
    private static final int MAX_DEPTH = 16;

    /**
     * How one value is checked: all rules, then the cascade into it, then its elements. {@code seen}
     * remembers the class of the last value checked, for the next one (see {@link Seen}).
     */
    private record Check(Rule[] rules, boolean cascaded, ElementCheck[] elements, LastSeen seen) {

        /** {@return whether the elements at the type argument are checked (0: of a list or set, a map's keys; 1: its values)} */
        boolean checksElementsAt(int typeArgument) {
            for (ElementCheck element : elements) {
                if (element.typeArgument() == typeArgument) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A class a check met, its kind, and its plan when the check cascades into it. The values of one
     * check are mostly of one class (the entries of a batch, the lines of an entry, an amount), so a
     * value of the class the check saw last needs no {@code ClassValue} look-up of its kind and plan,
     * two per value otherwise.
     */
    private record Seen(Class<?> type, ValueKind kind, Plan plan) {
    }

    /**
     * The {@link Seen} a check last met. Read and written by any thread without a lock: a Seen is
     * immutable (its fields final, so a thread that reads one sees it whole), and a thread that reads an
     * older one, or none, only looks the class up again.
     */
    private static final class LastSeen {
        private Seen last;
    }

    /** The check of a container's elements: index 0 of a list, set or map key, index 1 of a map value. */
    private record ElementCheck(int typeArgument, Check check) {
    }

    /**
     * A record component's accessor ({@code (Object)Object}), its check (null for a component without
     * constraints), whether {@link TextCheck} walks it (it may hold a text or a date), and the kind of
     * its values when its declared type fixes it (a final class), else null. The kind serves a
     * component without a check; a check finds the kind of its values through the class it met last
     * ({@link Seen}). {@code listElement} is the element class of a component declared as a list of a
     * final class ({@code List<NewJournalEntry>}), else null.
     */
    private record PropertyCheck(MethodHandle read, Check check, boolean text, ValueKind kind, Class<?> listElement) {
    }

    /** A constraint's test of one value, null included: each answers for null as the provider's validator does. */
    @FunctionalInterface
    private interface Holds {
        boolean holds(Object value);
    }

    /**
     * One constraint on one value. The commonest ({@code @NotNull}, {@code @Size}, {@code @NotBlank})
     * are told apart by a number and tested here, so that testing them is no call through an
     * interface with many implementations (a third of the time of a command's check, in the profile
     * of a posting); the others carry their test.
     */
    private static final class Rule {
        private static final int NOT_NULL = 0;
        private static final int SIZE = 1;
        private static final int NOT_BLANK = 2;
        private static final int OTHER = 3;

        private final int kind;
        private final int min;
        private final int max;
        private final Holds other;

        private Rule(int kind, int min, int max, Holds other) {
            this.kind = kind;
            this.min = min;
            this.max = max;
            this.other = other;
        }

        static Rule of(Holds test) {
            return new Rule(OTHER, 0, 0, test);
        }

        boolean holds(Object value) {
            switch (kind) {
                case NOT_NULL:
                    return notNull(value);
                case SIZE:
                    return sized(min, max, value);
                case NOT_BLANK:
                    return notBlank(value);
                default:
                    return other.holds(value);
            }
        }

        /** {@return the rule's test as a method handle {@code (Object)boolean}, its bounds bound} */
        MethodHandle test() {
            switch (kind) {
                case NOT_NULL:
                    return NOT_NULL_TEST;
                case SIZE:
                    return MethodHandles.insertArguments(SIZED_TEST, 0, min, max);
                case NOT_BLANK:
                    return NOT_BLANK_TEST;
                default:
                    return OTHER_TEST.bindTo(other);
            }
        }

        private static boolean notNull(Object value) {
            return value != null;
        }

        private static boolean sized(int min, int max, Object value) {
            if (value == null) {
                return true;
            }
            int length = size(value);
            return length >= 0 && length >= min && length <= max;
        }

        private static boolean notBlank(Object value) {
            return value instanceof String text ? !text.isBlank()
                    : value != null && ValueKind.of(value) == ValueKind.TEXT && !value.toString().isBlank();
        }
    }

    /**
     * The checks of one class as one method handle {@code (Object bean, int depth)boolean}, or
     * {@link #UNDECIDED} (no handle) for a class this class leaves to the validator.
     *
     * <p>Why a method handle: a loop over the components, each read through a function of its own,
     * made one call site that met every component of every command: a megamorphic call per component
     * (with its stub, a tenth of a command's check in the profile of a batch). The plan's handle
     * reads each component through its accessor and tests it with {@link #holds} bound to its check,
     * one after the other; once called often, the JVM makes the handle a compiled form of its own
     * (a customized lambda form), where each accessor is a direct call the compiler can inline.
     */
    private record Plan(MethodHandle holds) {
    }

    private static final Plan UNDECIDED = new Plan(null);
    /** {@link #afterRules}: {@code (BuiltInConstraints, Check, Object value, int depth, boolean text, ValueKind)boolean}. */
    private static final MethodHandle AFTER_RULES;
    /** {@link #cleanOrNull}: {@code (ValueKind, Object)boolean}. */
    private static final MethodHandle CLEAN_OR_NULL;
    private static final MethodHandle NOT_NULL_TEST;
    private static final MethodHandle SIZED_TEST;
    private static final MethodHandle NOT_BLANK_TEST;
    private static final MethodHandle OTHER_TEST;
    /** {@link #isNull}, {@link #withinDepth}: {@code (Object, int)boolean}. */
    private static final MethodHandle IS_NULL;
    private static final MethodHandle WITHIN_DEPTH;
    /** {@link #nextDepth}: {@code (int)int}. */
    private static final MethodHandle NEXT_DEPTH;
    /** {@link #allElementsHold}: {@code (MethodHandle, Object, int)boolean}. */
    private static final MethodHandle ALL_ELEMENTS_HOLD;
    private static final MethodHandle ALL_HOLD = MethodHandles.dropArguments(
            MethodHandles.constant(boolean.class, true), 0, Object.class, int.class);
    private static final MethodHandle NOT_ALL_HOLD = MethodHandles.dropArguments(
            MethodHandles.constant(boolean.class, false), 0, Object.class, int.class);
    private static final Plan UNCONSTRAINED = new Plan(ALL_HOLD);

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodType test = MethodType.methodType(boolean.class, Object.class);
            AFTER_RULES = lookup.findVirtual(BuiltInConstraints.class, "afterRules", MethodType.methodType(
                    boolean.class, Check.class, Object.class, int.class, boolean.class, ValueKind.class));
            CLEAN_OR_NULL = lookup.findStatic(BuiltInConstraints.class, "cleanOrNull",
                    MethodType.methodType(boolean.class, ValueKind.class, Object.class));
            NOT_NULL_TEST = lookup.findStatic(Rule.class, "notNull", test);
            SIZED_TEST = lookup.findStatic(Rule.class, "sized", test.insertParameterTypes(0, int.class, int.class));
            NOT_BLANK_TEST = lookup.findStatic(Rule.class, "notBlank", test);
            OTHER_TEST = lookup.findVirtual(Holds.class, "holds", test);
            MethodType valueAndDepth = MethodType.methodType(boolean.class, Object.class, int.class);
            IS_NULL = lookup.findStatic(BuiltInConstraints.class, "isNull", valueAndDepth);
            WITHIN_DEPTH = lookup.findStatic(BuiltInConstraints.class, "withinDepth", valueAndDepth);
            NEXT_DEPTH = lookup.findStatic(BuiltInConstraints.class, "nextDepth", MethodType.methodType(int.class, int.class));
            ALL_ELEMENTS_HOLD = lookup.findStatic(BuiltInConstraints.class, "allElementsHold",
                    valueAndDepth.insertParameterTypes(0, MethodHandle.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Thrown while building a plan for a class whose constraints this class does not decide. */
    private static final class Undecidable extends Exception {
        Undecidable(String why) {
            super(why, null, false, false);
        }
    }

    /**
     * The classes whose plans this thread is making, innermost last: a list's element plan is built
     * into its owner's handle ({@link #listHolds}) unless the element's plan is still being made (a
     * class that holds a list of itself), which then goes the general way.
     */
    private static final ThreadLocal<List<Class<?>>> PLANNING = ThreadLocal.withInitial(ArrayList::new);

    private final Validator validator;
    private final ClassValue<Plan> plans = new ClassValue<>() {
        @Override
        protected Plan computeValue(Class<?> type) {
            List<Class<?>> planning = PLANNING.get();
            planning.add(type);
            try {
                return plan(type);
            } catch (Undecidable | RuntimeException e) {
                // a class this class cannot read is left to the validator, which reports on it as before
                return UNDECIDED;
            } finally {
                planning.remove(planning.size() - 1);
                if (planning.isEmpty()) {
                    PLANNING.remove();
                }
            }
        }
    };

    /**
     * @param validator the validator whose metadata is read; it must use Bean Validation's built-in
     *                  constraint validators (no mapping overrides them), as the library's default one does
     */
    BuiltInConstraints(Validator validator) {
        this.validator = validator;
    }

    /**
     * {@return true when every constraint of the object and of what it cascades to holds and no text
     * or date breaks {@link TextCheck}'s rules; false when one is broken or cannot be decided here}
     *
     * @param bean the command or query, not null
     */
    boolean allHold(Object bean) {
        // a record of the library has its texts checked in its plan; anything else by TextCheck's walk
        return beanHolds(bean, 0) && (ValueKind.of(bean) == ValueKind.LIBRARY_RECORD || TextCheck.clean(bean));
    }

    /** {@return whether this class decides the constraints of the type by itself (tests)} */
    boolean decides(Class<?> type) {
        return plans.get(type) != UNDECIDED;
    }

    private boolean beanHolds(Object bean, int depth) {
        return beanHolds(plans.get(bean.getClass()), bean, depth);
    }

    private boolean beanHolds(Plan plan, Object bean, int depth) {
        MethodHandle holds = plan.holds();
        if (depth > MAX_DEPTH || holds == null) {
            return false;
        }
        try {
            return (boolean) holds.invokeExact(bean, depth);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e); // holds and the accessors throw no checked exception
        }
    }

    /** {@return the plan of the checks, all of which must hold, in order} */
    private Plan planOf(List<PropertyCheck> checks) {
        MethodHandle all = ALL_HOLD;
        for (int i = checks.size() - 1; i >= 0; i--) {
            PropertyCheck property = checks.get(i);
            // (Object value, int depth)boolean, then (Object bean, int depth)boolean by the accessor
            MethodHandle one = MethodHandles.filterArguments(holds(property), 0, property.read());
            all = MethodHandles.guardWithTest(one, all, NOT_ALL_HOLD);
        }
        return new Plan(all);
    }

    /**
     * What {@link #holds} decides of a component's value, as a handle {@code (Object value, int depth)boolean}
     * made for the component: each rule's own test, bounds and all, then what the value's declared
     * type leaves to check. A leaf (no cascade, no elements) of a final type needs the text rules
     * of its kind or nothing, with the kind a constant the compiler folds; anything else goes on
     * through {@link #afterRules}. One handle per component, not a loop over its rules and kinds at
     * run time: the command check was a quarter of a batch's time in the profile.
     */
    private MethodHandle holds(PropertyCheck property) {
        Check check = property.check();
        boolean leaf = check == null || !check.cascaded() && check.elements().length == 0;
        ValueKind kind = property.kind();
        MethodHandle one = null;
        if (leaf) {
            one = leafHolds(property.text(), kind);
        } else if (property.listElement() != null) {
            one = listHolds(check, property.listElement(), property.text());
        }
        if (one == null) {
            one = MethodHandles.insertArguments(AFTER_RULES.bindTo(this), 0, check);
            one = MethodHandles.insertArguments(one, 2, property.text(), kind);
        }
        return withRules(check == null ? new Rule[0] : check.rules(), one);
    }

    /** {@return {@code after} behind the tests of the rules, in order: false at the first that fails} */
    private static MethodHandle withRules(Rule[] rules, MethodHandle after) {
        MethodHandle one = after;
        for (int r = rules.length - 1; r >= 0; r--) {
            MethodHandle test = MethodHandles.dropArguments(rules[r].test(), 1, int.class);
            one = MethodHandles.guardWithTest(test, one, NOT_ALL_HOLD);
        }
        return one;
    }

    /**
     * What {@link #afterRules} decides of a leaf (no cascade, no elements) whose values are of the
     * kind (null: not fixed by its type), as a handle {@code (Object value, int depth)boolean}; null
     * when it must be asked.
     */
    private static MethodHandle leafHolds(boolean text, ValueKind kind) {
        if (!text) {
            return ALL_HOLD;
        }
        if (kind != null && !walkedForText(kind)) {
            return MethodHandles.dropArguments(MethodHandles.insertArguments(CLEAN_OR_NULL, 0, kind), 1, int.class);
        }
        return null;
    }

    /**
     * What {@link #afterRules} decides of a list whose elements are of a final class, as a handle
     * {@code (Object list, int depth)boolean}: {@link #allElementsHold} bound to the element's check as
     * one handle, the element's rules, then its plan when it cascades into a record of the library, or
     * its text rules when it is a leaf. The general walk asked, per element, for the element's class,
     * kind and plan and went through {@link #afterRules} twice (a tenth of a batch's time in the
     * profile). Null (the general walk decides) for any other shape: a cascaded list, checks of nested
     * containers, an element whose plan is undecided or being made.
     */
    private MethodHandle listHolds(Check check, Class<?> elementType, boolean text) {
        if (check.cascaded() || check.elements().length != 1 || check.elements()[0].typeArgument() != 0) {
            return null;
        }
        Check elementCheck = check.elements()[0].check();
        if (elementCheck.elements().length != 0) {
            return null;
        }
        ValueKind kind = ValueKind.ofClass(elementType);
        MethodHandle element; // (Object element, int depth)boolean, once the element's rules hold
        if (!elementCheck.cascaded()) {
            element = leafHolds(text, kind);
        } else if (kind == ValueKind.LIBRARY_RECORD && !PLANNING.get().contains(elementType)) {
            MethodHandle plan = plans.get(elementType).holds();
            // beanHolds(plan, element, depth + 1): the record one level below its element
            element = plan == null ? null : MethodHandles.guardWithTest(WITHIN_DEPTH,
                    MethodHandles.filterArguments(plan, 1, NEXT_DEPTH), NOT_ALL_HOLD);
        } else {
            element = null;
        }
        if (element == null) {
            return null;
        }
        // a null element holds once its rules do (afterRules)
        element = MethodHandles.guardWithTest(IS_NULL, ALL_HOLD, element);
        return MethodHandles.insertArguments(ALL_ELEMENTS_HOLD, 0, withRules(elementCheck.rules(), element));
    }

    /**
     * Whether every element of the list (null: none) holds by {@code element}, {@code (Object element,
     * int depth)boolean}. Bound to an element's handle in a plan's handle, which the JVM compiles as
     * one once it is called often: there the element's handle is a constant, and the compiler inlines
     * it and the element's plan into the loop.
     */
    private static boolean allElementsHold(MethodHandle element, Object list, int depth) throws Throwable {
        if (list == null) {
            return true;
        }
        List<?> elements = (List<?>) list;
        for (int i = 0, size = elements.size(); i < size; i++) {
            if (!(boolean) element.invokeExact(elements.get(i), depth + 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNull(Object value, int depth) {
        return value == null;
    }

    private static boolean withinDepth(Object bean, int depth) {
        return depth + 1 <= MAX_DEPTH;
    }

    private static int nextDepth(int depth) {
        return depth + 1;
    }

    /** Whether a value of a final type of the kind, which TextCheck does not walk into, keeps its rules; null does. */
    private static boolean cleanOrNull(ValueKind kind, Object value) {
        return value == null || TextCheck.cleanValue(value, kind);
    }

    /**
     * Whether the value keeps the check (none when null) and, when {@code text}, TextCheck's rules:
     * texts and dates at once, lists, maps and records of the library by the walk of their elements or
     * cascade where the check makes one, else by TextCheck's own walk.
     */
    private boolean holds(Check check, Object value, int depth, boolean text, ValueKind declared) {
        if (check != null) {
            for (Rule rule : check.rules()) {
                if (!rule.holds(value)) {
                    return false;
                }
            }
        }
        return afterRules(check, value, depth, text, declared);
    }

    /** {@link #holds} once the check's rules hold. */
    private boolean afterRules(Check check, Object value, int depth, boolean text, ValueKind declared) {
        if (value == null || !text && (check == null || !check.cascaded() && check.elements().length == 0)) {
            return true;
        }
        if (check == null) {
            ValueKind kind = declared != null ? declared : ValueKind.of(value);
            return TextCheck.cleanValue(value, kind) && (!walkedForText(kind) || TextCheck.clean(value));
        }
        Seen seen = seen(check, value.getClass());
        ValueKind kind = seen.kind();
        if (text && !TextCheck.cleanValue(value, kind)) {
            return false;
        }
        if (check.cascaded() && !cascadeHolds(seen.plan(), value, kind, depth)) {
            return false;
        }
        for (ElementCheck elements : check.elements()) {
            if (!elementsHold(elements, value, kind, depth, text)) {
                return false;
            }
        }
        return !text || !walkedForText(kind) || textsReached(check, kind) || TextCheck.clean(value);
    }

    /** {@return whether TextCheck walks into a value of the kind (containers and records of the library)} */
    private static boolean walkedForText(ValueKind kind) {
        return kind == ValueKind.LIST || kind == ValueKind.COLLECTION || kind == ValueKind.MAP
                || kind == ValueKind.LIBRARY_RECORD;
    }

    /** {@return whether the check's own walk of a value of the kind reached every text TextCheck would} */
    private static boolean textsReached(Check check, ValueKind kind) {
        return switch (kind) {
            case LIST, COLLECTION -> check.checksElementsAt(0);
            case MAP -> check.checksElementsAt(0) && check.checksElementsAt(1);
            case LIBRARY_RECORD -> check.cascaded();
            default -> true;
        };
    }

    private boolean cascadeHolds(Plan plan, Object value, ValueKind kind, int depth) {
        return switch (kind) {
            // a container cascaded as a whole: the validator's value extractors decide what it holds
            case LIST, COLLECTION, MAP, OTHER_CONTAINER -> false;
            default -> beanHolds(plan, value, depth + 1);
        };
    }

    /** {@return the class of a value the check meets, its kind and (when the check cascades) plan} */
    private Seen seen(Check check, Class<?> type) {
        Seen last = check.seen().last;
        if (last != null && last.type() == type) {
            return last;
        }
        Seen now = new Seen(type, ValueKind.ofClass(type), check.cascaded() ? plans.get(type) : null);
        check.seen().last = now;
        return now;
    }

    private boolean elementsHold(ElementCheck elements, Object container, ValueKind kind, int depth, boolean text) {
        switch (kind) {
            case LIST:
                if (elements.typeArgument() != 0) {
                    return false;
                }
                List<?> list = (List<?>) container;
                for (int i = 0, size = list.size(); i < size; i++) {
                    if (!holds(elements.check(), list.get(i), depth + 1, text, null)) {
                        return false;
                    }
                }
                return true;
            case MAP:
                Map<?, ?> map = (Map<?, ?>) container;
                if (map.isEmpty()) {
                    return true; // the usual case of a line's dimensions: no entry set, no iterator
                }
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    Object element = elements.typeArgument() == 0 ? entry.getKey() : entry.getValue();
                    if (!holds(elements.check(), element, depth + 1, text, null)) {
                        return false;
                    }
                }
                return true;
            case COLLECTION:
                if (elements.typeArgument() != 0) {
                    return false;
                }
                for (Object element : (Collection<?>) container) {
                    if (!holds(elements.check(), element, depth + 1, text, null)) {
                        return false;
                    }
                }
                return true;
            default:
                return false;
        }
    }

    private Plan plan(Class<?> type) throws Undecidable {
        BeanDescriptor bean = validator.getConstraintsForClass(type);
        Set<String> texts = new HashSet<>();
        if (type.isRecord() && ValueKind.LIBRARY_RECORD == ValueKind.ofClass(type)) {
            for (RecordComponents.Component component : TextCheck.walked(type)) {
                texts.add(component.name());
            }
        }
        if (!bean.isBeanConstrained() && texts.isEmpty()) {
            return UNCONSTRAINED;
        }
        if (bean.isBeanConstrained() && (!type.isRecord() || !bean.getConstraintDescriptors().isEmpty()
                || type.isAnnotationPresent(GroupSequence.class))) {
            throw new Undecidable("not a record, or class-level constraints or groups");
        }
        Map<String, PropertyDescriptor> constrained = new HashMap<>();
        for (PropertyDescriptor property : bean.getConstrainedProperties()) {
            constrained.put(property.getPropertyName(), property);
        }
        List<PropertyCheck> checks = new ArrayList<>();
        RecordComponents.Component[] components = RecordComponents.of(type);
        java.lang.reflect.RecordComponent[] declared = type.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            RecordComponents.Component component = components[i];
            PropertyDescriptor property = constrained.remove(component.name());
            boolean text = texts.contains(component.name());
            Class<?> declaredType = declared[i].getType();
            ValueKind kind = Modifier.isFinal(declaredType.getModifiers()) ? ValueKind.ofClass(declaredType) : null;
            if (property != null) {
                checks.add(new PropertyCheck(reader(type, component.name()),
                        check(property.getConstraintDescriptors(), property.isCascaded(),
                                property.getGroupConversions().isEmpty(), property.getConstrainedContainerElementTypes()),
                        text, kind, finalListElement(declaredType, declared[i].getGenericType())));
            } else if (text) {
                checks.add(new PropertyCheck(component.accessor(), null, true, kind, null));
            }
        }
        if (!constrained.isEmpty()) {
            throw new Undecidable("constrained properties that are no record components: " + constrained.keySet());
        }
        return planOf(checks);
    }

    /** {@return the element class of a type declared as a list of a final class, else null} */
    private static Class<?> finalListElement(Class<?> declared, Type generic) {
        if (declared == List.class && generic instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element
                && Modifier.isFinal(element.getModifiers())) {
            return element;
        }
        return null;
    }

    private Check check(Set<ConstraintDescriptor<?>> constraints, boolean cascaded, boolean noGroupConversion,
                        Set<ContainerElementTypeDescriptor> elements) throws Undecidable {
        if (!noGroupConversion) {
            throw new Undecidable("group conversion");
        }
        List<Rule> rules = new ArrayList<>();
        for (ConstraintDescriptor<?> constraint : constraints) {
            if (!constraint.getGroups().equals(Set.of(Default.class)) || !constraint.getComposingConstraints().isEmpty()) {
                throw new Undecidable("groups or composed constraint");
            }
            rules.add(rule(constraint.getAnnotation()));
        }
        List<ElementCheck> elementChecks = new ArrayList<>();
        for (ContainerElementTypeDescriptor element : elements) {
            Class<?> container = element.getContainerClass();
            int index = element.getTypeArgumentIndex() == null ? -1 : element.getTypeArgumentIndex();
            boolean known = (Map.class.isAssignableFrom(container) && (index == 0 || index == 1))
                    || (Collection.class.isAssignableFrom(container) && index == 0);
            if (!known) {
                throw new Undecidable("container " + container);
            }
            elementChecks.add(new ElementCheck(index, check(element.getConstraintDescriptors(), element.isCascaded(),
                    element.getGroupConversions().isEmpty(), element.getConstrainedContainerElementTypes())));
        }
        return new Check(rules.toArray(Rule[]::new), cascaded, elementChecks.toArray(ElementCheck[]::new), new LastSeen());
    }

    /**
     * The reader of the record component of that name. The validator reads the component's field; the
     * record's accessor returns it unless the record overrides it, which no command of the library does
     * in a way that changes the value ({@code BuiltInConstraintsTest} would see the difference). A class
     * with a getter-like method of the property (which the validator could read instead) is left to it.
     */
    private static MethodHandle reader(Class<?> type, String name) throws Undecidable {
        String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (Method method : type.getDeclaredMethods()) {
            if (method.getParameterCount() == 0 && (method.getName().equals("get" + capitalized)
                    || method.getName().equals("is" + capitalized) || method.getName().equals("has" + capitalized))) {
                throw new Undecidable("getter " + method);
            }
        }
        for (RecordComponents.Component component : RecordComponents.of(type)) {
            if (component.name().equals(name)) {
                return component.accessor();
            }
        }
        throw new Undecidable("no component " + name);
    }

    /** The rule of one built-in constraint, as the provider's validator for it decides. */
    private static Rule rule(Annotation annotation) throws Undecidable {
        if (annotation instanceof NotNull) {
            return new Rule(Rule.NOT_NULL, 0, 0, null);
        }
        if (annotation instanceof Null) {
            return Rule.of(value -> value == null);
        }
        if (annotation instanceof NotBlank) {
            return new Rule(Rule.NOT_BLANK, 0, 0, null);
        }
        if (annotation instanceof NotEmpty) {
            return Rule.of(value -> {
                int size = size(value);
                return size > 0;
            });
        }
        if (annotation instanceof Size size) {
            return new Rule(Rule.SIZE, size.min(), size.max(), null);
        }
        if (annotation instanceof Min min) {
            BigDecimal bound = BigDecimal.valueOf(min.value());
            return Rule.of(value -> compare(value, bound, cmp -> cmp >= 0));
        }
        if (annotation instanceof Max max) {
            BigDecimal bound = BigDecimal.valueOf(max.value());
            return Rule.of(value -> compare(value, bound, cmp -> cmp <= 0));
        }
        if (annotation instanceof DecimalMin min) {
            BigDecimal bound = decimal(min.value());
            boolean inclusive = min.inclusive();
            return Rule.of(value -> compare(value, bound, cmp -> inclusive ? cmp >= 0 : cmp > 0));
        }
        if (annotation instanceof DecimalMax max) {
            BigDecimal bound = decimal(max.value());
            boolean inclusive = max.inclusive();
            return Rule.of(value -> compare(value, bound, cmp -> inclusive ? cmp <= 0 : cmp < 0));
        }
        if (annotation instanceof Positive) {
            return Rule.of(value -> compare(value, BigDecimal.ZERO, cmp -> cmp > 0));
        }
        if (annotation instanceof PositiveOrZero) {
            return Rule.of(value -> compare(value, BigDecimal.ZERO, cmp -> cmp >= 0));
        }
        if (annotation instanceof Negative) {
            return Rule.of(value -> compare(value, BigDecimal.ZERO, cmp -> cmp < 0));
        }
        if (annotation instanceof NegativeOrZero) {
            return Rule.of(value -> compare(value, BigDecimal.ZERO, cmp -> cmp <= 0));
        }
        if (annotation instanceof Digits digits) {
            int integer = digits.integer();
            int fraction = digits.fraction();
            return Rule.of(value -> {
                if (value == null) {
                    return true;
                }
                BigDecimal number;
                if (value instanceof BigDecimal decimal) {
                    number = decimal;
                } else if (integral(value)) {
                    number = new BigDecimal(value.toString()).stripTrailingZeros();
                } else {
                    return false;
                }
                int integerLength = number.precision() - number.scale();
                int fractionLength = Math.max(number.scale(), 0);
                return integerLength <= integer && fractionLength <= fraction;
            });
        }
        if (annotation instanceof Pattern pattern) {
            int flags = 0;
            for (Pattern.Flag flag : pattern.flags()) {
                flags |= flag.getValue();
            }
            java.util.regex.Pattern compiled;
            try {
                compiled = java.util.regex.Pattern.compile(pattern.regexp(), flags);
            } catch (RuntimeException e) {
                throw new Undecidable("pattern " + pattern.regexp());
            }
            return Rule.of(value -> value == null || (value instanceof String || ValueKind.of(value) == ValueKind.TEXT)
                    && compiled.matcher((CharSequence) value).matches());
        }
        if (annotation instanceof AssertTrue) {
            return Rule.of(value -> value == null || Boolean.TRUE.equals(value));
        }
        if (annotation instanceof AssertFalse) {
            return Rule.of(value -> value == null || Boolean.FALSE.equals(value));
        }
        throw new Undecidable("constraint " + annotation.annotationType().getName());
    }

    /** The length of a text or the size of a collection or map; -1 for null or anything else. */
    private static int size(Object value) {
        if (value instanceof String text) {
            return text.length();
        }
        if (value == null) {
            return -1;
        }
        return switch (ValueKind.of(value)) {
            case TEXT -> ((CharSequence) value).length();
            case LIST, COLLECTION -> ((Collection<?>) value).size();
            case MAP -> ((Map<?, ?>) value).size();
            default -> -1;
        };
    }

    private static BigDecimal decimal(String value) throws Undecidable {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new Undecidable("bound " + value);
        }
    }

    private static boolean integral(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte;
    }

    /** The exact comparison of a number with the bound; null holds, any other type is undecided. */
    private static boolean compare(Object value, BigDecimal bound, java.util.function.IntPredicate accept) {
        if (value == null) {
            return true;
        }
        int comparison;
        if (integral(value)) {
            long number = ((Number) value).longValue();
            comparison = bound.scale() == 0 && bound.precision() < 19
                    ? Long.compare(number, bound.longValue())
                    : BigDecimal.valueOf(number).compareTo(bound);
        } else if (value instanceof BigDecimal decimal) {
            comparison = decimal.compareTo(bound);
        } else if (value instanceof BigInteger integer) {
            comparison = new BigDecimal(integer).compareTo(bound);
        } else {
            return false;
        }
        return accept.test(comparison);
    }
}
