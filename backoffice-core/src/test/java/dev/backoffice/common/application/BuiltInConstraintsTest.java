package dev.backoffice.common.application;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link BuiltInConstraints} against Hibernate Validator: for every record of the library (commands,
 * queries, their lines) and for records that use every built-in constraint on every supported type,
 * values are generated around the constraints' bounds, and the shortcut's answer must be the
 * validator's. "Holds" where the validator finds a violation would let bad input through, so it is
 * never allowed; "does not hold" where the validator finds none would only cost speed, and for the
 * classes the shortcut decides it is not allowed either.
 */
class BuiltInConstraintsTest {

    private static final int SAMPLES_PER_CLASS = 400;

    private static ValidatorFactory factory;
    private static Validator validator;
    private static BuiltInConstraints builtIns;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
        builtIns = new BuiltInConstraints(validator);
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    record Texts(@NotNull @Size(min = 2, max = 5) String code,
                 @NotBlank String name,
                 @Pattern(regexp = "[a-z]+-\\d", flags = Pattern.Flag.CASE_INSENSITIVE) String lot,
                 @Null String unused) {
    }

    record Bounds(@Min(-5) @Max(12) int month,
                  @Min(1) @Max(100) Long limit,
                  @DecimalMin(value = "0", inclusive = false) @DecimalMax("24.5") BigDecimal rate,
                  @DecimalMin("-1.5") @DecimalMax(value = "100", inclusive = false) Integer percent) {
    }

    record Signs(@PositiveOrZero BigInteger big,
                 @Negative Short negative,
                 @NegativeOrZero Byte small,
                 @Digits(integer = 3, fraction = 0) Integer whole,
                 @AssertTrue Boolean agreed,
                 @AssertFalse boolean refused) {
    }

    record Containers(@NotEmpty List<@NotNull @Positive Integer> counts,
                      @NotEmpty Map<@NotBlank @Size(max = 3) String, @NotNull @Digits(integer = 2, fraction = 1) BigDecimal> hours,
                      @Size(max = 2) Set<@Pattern(regexp = "[A-Z]{2}") String> countries) {
    }

    record Cascades(@Valid Nested nested, @Size(max = 3) List<@Valid @NotNull Nested> more) {
    }

    record Nested(@NotBlank @Size(max = 4) String label, @Positive long units) {
    }

    /** Values of a check that change class: each is checked by its own class's plan. */
    record Mixed(@Size(max = 6) List<@Valid @NotNull Object> items, @Valid Object one) {
    }

    record Other(@NotBlank String name) {
    }

    /** A constraint the shortcut does not know: the class is left to the validator. */
    record WithEmail(@NotNull @Email String address) {
    }

    @Test
    void every_built_in_constraint_is_decided_as_the_validator_decides_it() {
        SplittableRandom random = new SplittableRandom(7);
        for (Class<?> type : List.of(Texts.class, Bounds.class, Signs.class, Containers.class, Cascades.class)) {
            assertThat(builtIns.decides(type)).as(type.getSimpleName()).isTrue();

            Outcome outcome = compare(type, random, 8_000);

            assertThat(outcome.disagreements).as(type.getSimpleName()).isEmpty();
            assertThat(outcome.valid).as("%s: generated values that break no constraint", type.getSimpleName())
                    .isGreaterThan(20);
            assertThat(outcome.invalid).as("%s: generated values that break one", type.getSimpleName())
                    .isGreaterThan(400);
        }
    }

    /**
     * A check remembers the class of the value it met last, for the next value (the entries of a
     * batch are all of one class): values of other classes, in any order, are still checked by the
     * plan of their own class.
     */
    @Test
    void a_check_whose_values_change_class_checks_each_by_the_plan_of_its_class() {
        Nested good = new Nested("ab", 1);
        Nested bad = new Nested("ab", -1);
        Other fine = new Other("x");
        Other blank = new Other(" ");
        List<List<Object>> lists = List.of(List.of(good, fine, good, fine), List.of(good, fine, bad),
                List.of(fine, good, blank), List.of(blank, good), List.of(good, "text", fine, 3, good),
                List.of(fine, fine, good, good, bad), List.of(good, good, fine, fine, blank));
        assertThat(builtIns.decides(Mixed.class)).isTrue();
        int valid = 0;
        for (int round = 0; round < 3; round++) {
            for (List<Object> items : lists) {
                for (Object one : List.of(good, bad, fine, blank, "text")) {
                    Mixed mixed = new Mixed(items, one);
                    boolean holds = validator.validate(mixed).isEmpty();
                    assertThat(builtIns.allHold(mixed)).as("%s", mixed).isEqualTo(holds);
                    valid += holds ? 1 : 0;
                }
            }
        }
        assertThat(valid).isEqualTo(2 * 3 * 3); // two lists without a bad value, three good singles, three rounds
    }

    /** A record that holds a list of itself: its plan cannot hold its elements' plan, still being made. */
    record Tree(@NotBlank @Size(max = 8) String name, @Size(max = 3) List<@NotNull @Valid Tree> children,
                List<@NotBlank String> tags, @Size(max = 2) List<@NotNull @Valid Nested> nested) {
    }

    /** Lists of records that hold lists of one another. */
    record Outer(@NotNull List<@Valid Inner> inners) {
    }

    record Inner(@Positive int weight, List<@NotNull @Valid Outer> outers) {
    }

    /**
     * Lists of a final class are checked with the element's plan built into the list's check; a
     * record that holds a list of itself, lists of records that hold lists of one another, lists of
     * texts, and trees deeper than the shortcut walks are decided as the validator decides them (the
     * deepest left to it).
     */
    @Test
    void lists_of_records_holding_lists_of_themselves_are_decided_as_the_validator_decides_them() {
        assertThat(builtIns.decides(Tree.class)).isTrue();
        assertThat(builtIns.decides(Outer.class)).isTrue();
        Nested good = new Nested("ab", 1);
        Nested bad = new Nested("ab", -1);
        List<Tree> trees = new ArrayList<>();
        Tree leaf = new Tree("leaf", List.of(), List.of("a"), null);
        trees.add(leaf);
        trees.add(new Tree(" ", List.of(), null, null));
        trees.add(new Tree("tags", null, List.of("a", " "), null));
        trees.add(new Tree("nulls", null, java.util.Arrays.asList("a", null), null));
        trees.add(new Tree("list", List.of(leaf), null, List.of(good)));
        trees.add(new Tree("badlist", List.of(leaf), null, List.of(good, bad)));
        trees.add(new Tree("many", List.of(leaf, leaf, leaf, leaf), null, null));
        trees.add(new Tree("nullchild", java.util.Arrays.asList(leaf, null), null, null));
        trees.add(new Tree("deep", List.of(new Tree("mid", List.of(new Tree("", List.of(), null, null)), null, null)),
                null, null));
        for (Tree tree : List.copyOf(trees)) {
            trees.add(new Tree("wrap", List.of(tree), null, null));
            trees.add(new Tree("wrap", List.of(leaf, tree), List.of("t"), null));
        }
        for (Tree tree : trees) {
            assertThat(builtIns.allHold(tree)).as("%s", tree).isEqualTo(validator.validate(tree).isEmpty());
        }

        // the texts of a list's elements keep TextCheck's rules, a leaf's and a cascaded record's alike
        Tree controlInTag = new Tree("tags", null, List.of("a", "b\u0007"), null);
        Tree controlInNested = new Tree("nested", null, null, List.of(good, new Nested("a\u0000b", 1)));
        for (Tree dirty : List.of(controlInTag, controlInNested)) {
            assertThat(validator.validate(dirty)).isEmpty();
            assertThat(TextCheck.clean(dirty)).isFalse();
            assertThat(builtIns.allHold(dirty)).as("%s", dirty).isFalse();
        }

        Tree chain = leaf;
        for (int depth = 1; depth <= 12; depth++) {
            chain = new Tree("d" + depth, List.of(chain), null, null);
            boolean valid = validator.validate(chain).isEmpty();
            assertThat(valid).isTrue();
            // each level is two steps (the list's element, its record): up to 16 the shortcut decides
            assertThat(builtIns.allHold(chain)).as("depth %d", depth).isEqualTo(2 * depth <= 16);
        }

        Outer nested = new Outer(List.of(new Inner(1, List.of(new Outer(List.of(new Inner(2, List.of())))))));
        Outer broken = new Outer(List.of(new Inner(1, List.of(new Outer(List.of(new Inner(0, List.of())))))));
        Outer nullList = new Outer(List.of(new Inner(1, List.of(new Outer(null)))));
        for (Outer outer : List.of(nested, broken, nullList, new Outer(List.of()))) {
            assertThat(builtIns.allHold(outer)).as("%s", outer).isEqualTo(validator.validate(outer).isEmpty());
        }

        // one list of each pair is checked with its element's plan built in, the other by the general
        // walk: both count two steps a level, and records deeper than 16 steps are left to the validator
        Object deepest = new Inner(1, List.of());
        int records = 1;
        for (int level = 1; level <= 12; level++) {
            deepest = deepest instanceof Inner inner ? new Outer(List.of(inner)) : new Inner(1, List.of((Outer) deepest));
            records++;
            assertThat(validator.validate(deepest)).isEmpty();
            assertThat(builtIns.allHold(deepest)).as("%d records", records).isEqualTo(2 * (records - 1) <= 16);
        }
    }

    @Test
    void a_constraint_it_does_not_know_leaves_the_command_to_the_validator() {
        assertThat(builtIns.decides(WithEmail.class)).isFalse();
        assertThat(builtIns.allHold(new WithEmail("someone@example.com"))).isFalse();
        assertThat(validator.validate(new WithEmail("someone@example.com"))).isEmpty();
    }

    @Test
    void a_value_of_a_type_it_does_not_compare_is_left_to_the_validator() {
        record Measured(@Min(1) Double weight, @Size(max = 2) String[] tags) {
        }
        assertThat(builtIns.allHold(new Measured(2.0, null))).isFalse();
        assertThat(builtIns.allHold(new Measured(null, new String[] {"a"}))).isFalse();
        assertThat(builtIns.allHold(new Measured(null, null))).isTrue();
    }

    @Test
    void every_record_of_the_library_is_decided_as_the_validator_decides_it() {
        List<Class<?>> records = libraryRecords();
        assertThat(records).as("records of the library with constraints").hasSizeGreaterThanOrEqualTo(80);

        List<String> undecided = new ArrayList<>();
        List<String> disagreements = new ArrayList<>();
        int valid = 0;
        int invalid = 0;
        SplittableRandom random = new SplittableRandom(42);
        for (Class<?> type : records) {
            if (!builtIns.decides(type)) {
                undecided.add(type.getName());
            }
            Outcome outcome = compare(type, random, SAMPLES_PER_CLASS);
            disagreements.addAll(outcome.disagreements);
            valid += outcome.valid;
            invalid += outcome.invalid;
        }

        assertThat(disagreements).isEmpty();
        // only the commands with an e-mail address are left to the validator (@Email is not decided here)
        assertThat(undecided).containsExactlyInAnyOrder("dev.backoffice.personnel.api.ChangeEmployeeDetails",
                "dev.backoffice.personnel.api.HireEmployee");
        assertThat(valid).as("generated commands that break no constraint").isGreaterThan(records.size() * 20);
        assertThat(invalid).as("generated commands that break one").isGreaterThan(records.size() * 20);
    }

    /**
     * The walk checks texts and dates too ({@link TextCheck}'s rules): with control characters and
     * dates out of range among the generated values, "holds" must mean the validator finds nothing
     * and TextCheck finds nothing, and for the classes decided here the converse as well.
     */
    @Test
    void texts_and_dates_are_checked_in_the_same_walk_as_text_check_does() {
        List<Class<?>> records = new ArrayList<>(libraryRecords());
        records.addAll(List.of(Texts.class, Containers.class, Cascades.class));
        List<String> disagreements = new ArrayList<>();
        int dirty = 0;
        SplittableRandom random = new SplittableRandom(99);
        for (Class<?> type : records) {
            boolean decided = builtIns.decides(type);
            for (int i = 0; i < SAMPLES_PER_CLASS && disagreements.size() < 5; i++) {
                Object command = new Values(random, true).record(type, 0);
                if (command == null) {
                    continue;
                }
                boolean clean = TextCheck.clean(command);
                boolean valid = validator.validate(command).isEmpty() && clean;
                if (!clean) {
                    dirty++;
                }
                boolean shortcut = builtIns.allHold(command);
                if (shortcut && !valid || decided && valid && !shortcut) {
                    disagreements.add((shortcut ? "lets through " : "refuses valid ") + command);
                }
            }
        }

        assertThat(disagreements).isEmpty();
        assertThat(dirty).as("generated commands with a control character or a date out of range")
                .isGreaterThan(records.size() * 20);
    }

    private static List<Class<?>> libraryRecords() {
        List<Class<?>> records = new ArrayList<>();
        for (JavaClass javaClass : new ClassFileImporter().importPackages("dev.backoffice")) {
            if (!javaClass.getPackageName().endsWith(".api")) {
                continue;
            }
            Class<?> type = javaClass.reflect();
            if (type.isRecord() && !type.getName().contains("Test") && validator.getConstraintsForClass(type).isBeanConstrained()) {
                records.add(type);
            }
        }
        return records;
    }

    private record Outcome(List<String> disagreements, int valid, int invalid) {
    }

    private static Outcome compare(Class<?> type, SplittableRandom random, int samples) {
        List<String> disagreements = new ArrayList<>();
        int valid = 0;
        int invalid = 0;
        boolean decided = builtIns.decides(type);
        for (int i = 0; i < samples && disagreements.size() < 5; i++) {
            Object command = new Values(random).record(type, 0);
            if (command == null) {
                continue;
            }
            boolean validatorSaysValid = validator.validate(command).isEmpty();
            boolean shortcutSaysValid = builtIns.allHold(command);
            if (validatorSaysValid) {
                valid++;
            } else {
                invalid++;
            }
            if (shortcutSaysValid && !validatorSaysValid) {
                disagreements.add("lets through " + command + ": " + validator.validate(command));
            } else if (decided && validatorSaysValid && !shortcutSaysValid) {
                disagreements.add("refuses valid " + command);
            }
        }
        return new Outcome(disagreements, valid, invalid);
    }

    /** Values around the bounds the library's constraints use, and records built from them. */
    private static final class Values {
        private static final String[] TEXTS = {null, "", " ", "\u2003", "\t", "a", "A1", "ab", "abc", "ab-1", "AB-1",
            "lot-7", "DE", "de", "EUR", "x.y_z/1", "-a", " a ", "a".repeat(4), "a".repeat(5), "a".repeat(6),
            "a".repeat(31), "a".repeat(32), "a".repeat(33), "a".repeat(63), "a".repeat(64), "a".repeat(65),
            "a".repeat(128), "a".repeat(129), "a".repeat(255), "a".repeat(256), "a".repeat(500), "a".repeat(501),
            "a".repeat(2000), "a".repeat(2001)};
        private static final long[] NUMBERS = {Long.MIN_VALUE, Integer.MIN_VALUE, -101, -6, -5, -2, -1, 0, 1, 2, 3, 7,
            11, 12, 13, 31, 99, 100, 101, 168, 169, 365, 366, 367, 999, 1000, 1001, 1899, 1900, 1901, 9999, 10_000,
            10_001, Integer.MAX_VALUE, Long.MAX_VALUE};
        private static final String[] DECIMALS = {"-1.6", "-1.5", "-1", "-0.01", "0", "0.00", "0.01", "0.5", "1",
            "1.25", "7.5", "23.99", "24", "24.5", "24.51", "99", "99.9", "99.99", "100", "100.0", "100.5", "168",
            "168.01", "365.5", "366", "366.1", "999.9", "1000", "12.345", "1E+3", "1E+1", "5E-1"};

        /** Texts and dates that break TextCheck's rules, drawn now and then when {@link #dirty}. */
        private static final String[] DIRTY_TEXTS = {"a\u0000b", "\u0007", "ab\u001b", "x\u0085", "\u007f", "\r\n\u0001"};

        private final SplittableRandom random;
        private final boolean dirty;

        Values(SplittableRandom random) {
            this(random, false);
        }

        Values(SplittableRandom random, boolean dirty) {
            this.random = random;
            this.dirty = dirty;
        }

        Object record(Class<?> type, int depth) {
            Constructor<?> canonical = canonical(type);
            RecordComponent[] components = type.getRecordComponents();
            for (int attempt = 0; attempt < 5; attempt++) {
                Object[] arguments = new Object[components.length];
                for (int i = 0; i < components.length; i++) {
                    arguments[i] = value(components[i].getType(), components[i].getGenericType(), depth + 1);
                }
                try {
                    return canonical.newInstance(arguments);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // the record refused these values in its constructor: draw again
                }
            }
            return null;
        }

        private static Constructor<?> canonical(Class<?> type) {
            Class<?>[] parameters = java.util.Arrays.stream(type.getRecordComponents())
                    .map(RecordComponent::getType).toArray(Class<?>[]::new);
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(parameters);
                constructor.setAccessible(true);
                return constructor;
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }

        Object value(Class<?> type, Type generic, int depth) {
            boolean primitive = type.isPrimitive();
            if (!primitive && random.nextInt(8) == 0) {
                return null;
            }
            if (type == String.class) {
                if (dirty && random.nextInt(6) == 0) {
                    return DIRTY_TEXTS[random.nextInt(DIRTY_TEXTS.length)];
                }
                String text = TEXTS[random.nextInt(TEXTS.length)];
                return text == null && random.nextBoolean() ? "ok" : text;
            }
            if (type == int.class || type == Integer.class) {
                return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, number()));
            }
            if (type == long.class || type == Long.class) {
                return number();
            }
            if (type == short.class || type == Short.class) {
                return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, number()));
            }
            if (type == byte.class || type == Byte.class) {
                return (byte) Math.max(Byte.MIN_VALUE, Math.min(Byte.MAX_VALUE, number()));
            }
            if (type == boolean.class || type == Boolean.class) {
                return random.nextBoolean();
            }
            if (type == BigDecimal.class) {
                return new BigDecimal(DECIMALS[random.nextInt(DECIMALS.length)]);
            }
            if (type == BigInteger.class) {
                return BigInteger.valueOf(number());
            }
            if (type == LocalDate.class) {
                return LocalDate.of(dirty && random.nextInt(10) == 0 ? (random.nextBoolean() ? 10_000 : 0) : 2026,
                        1 + random.nextInt(12), 1 + random.nextInt(28));
            }
            if (type == YearMonth.class) {
                return YearMonth.of(dirty && random.nextInt(10) == 0 ? -1 : 2026, 1 + random.nextInt(12));
            }
            if (type == Instant.class) {
                return Instant.parse("2026-03-01T10:00:00Z");
            }
            if (type == LocalTime.class) {
                return LocalTime.of(9, 0);
            }
            if (type == UUID.class) {
                return new UUID(random.nextLong(), random.nextLong());
            }
            if (type == Currency.class) {
                return Currency.getInstance(random.nextBoolean() ? "EUR" : "USD");
            }
            if (type.isEnum()) {
                Object[] constants = type.getEnumConstants();
                return constants[random.nextInt(constants.length)];
            }
            if (depth > 4) {
                return primitive ? 0 : null;
            }
            if (List.class == type || Collection.class == type || Set.class == type) {
                return collection(type, generic, depth);
            }
            if (Map.class == type) {
                return map(generic, depth);
            }
            if (type.isRecord()) {
                return record(type, depth);
            }
            return fromFactory(type, depth);
        }

        private long number() {
            return NUMBERS[random.nextInt(NUMBERS.length)];
        }

        private Object collection(Class<?> type, Type generic, int depth) {
            Type element = argument(generic, 0);
            int size = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(3);
            Collection<Object> values = type == Set.class ? new LinkedHashSet<>() : new ArrayList<>();
            for (int i = 0; i < size; i++) {
                values.add(value(raw(element), element, depth + 1));
            }
            return type == Set.class ? values : java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }

        private Object map(Type generic, int depth) {
            Type key = argument(generic, 0);
            Type value = argument(generic, 1);
            int size = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(3);
            Map<Object, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                values.put(value(raw(key), key, depth + 1), value(raw(value), value, depth + 1));
            }
            return values;
        }

        /** A value object of the library made by one of its public static factories, or null. */
        private Object fromFactory(Class<?> type, int depth) {
            List<Method> factories = new ArrayList<>();
            if (!type.getName().startsWith("dev.backoffice")) {
                return null;
            }
            for (Method method : type.getMethods()) {
                if (Modifier.isStatic(method.getModifiers()) && method.getReturnType() == type) {
                    factories.add(method);
                }
            }
            factories.sort(java.util.Comparator.comparing(Method::toGenericString));
            for (int attempt = 0; attempt < 5 && !factories.isEmpty(); attempt++) {
                Method factory = factories.get(random.nextInt(factories.size()));
                Object[] arguments = new Object[factory.getParameterCount()];
                for (int i = 0; i < arguments.length; i++) {
                    arguments[i] = value(factory.getParameterTypes()[i], factory.getGenericParameterTypes()[i], depth + 1);
                }
                try {
                    return factory.invoke(null, arguments);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // refused: draw again
                }
            }
            return null;
        }

        private static Type argument(Type generic, int index) {
            if (generic instanceof ParameterizedType parameterized) {
                Type argument = parameterized.getActualTypeArguments()[index];
                if (argument instanceof WildcardType wildcard) {
                    return wildcard.getUpperBounds()[0];
                }
                return argument;
            }
            return Object.class;
        }

        private static Class<?> raw(Type type) {
            if (type instanceof Class<?> plain) {
                return plain;
            }
            if (type instanceof ParameterizedType parameterized) {
                return (Class<?>) parameterized.getRawType();
            }
            return Object.class;
        }
    }
}
