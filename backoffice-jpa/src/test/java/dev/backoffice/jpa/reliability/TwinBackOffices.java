package dev.backoffice.jpa.reliability;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.TrialBalance;
import dev.backoffice.common.Actor;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.Money;
import dev.backoffice.inmemory.InMemoryAdapters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One tenant's data in two back offices at once, side 0 on the in-memory adapters and side 1 on
 * the JPA adapter over PostgreSQL, for the stateful property tests (R5): every operation runs on
 * both and must give the same observable result.
 */
class TwinBackOffices {

    final BackOffice memory;
    final BackOffice database;
    final Actor actor;
    /** The operations run so far, for the messages of a failure. */
    final List<String> log = new ArrayList<>();
    private final AtomicInteger steps;

    TwinBackOffices(BackOffice database, Actor actor, AtomicInteger steps) {
        this(BackOffice.builder(new InMemoryAdapters()).build(), database, actor, steps);
    }

    /** Twins over a given in-memory back office, for a test that builds both sides with the same options (a tax policy...). */
    TwinBackOffices(BackOffice memory, BackOffice database, Actor actor, AtomicInteger steps) {
        this.memory = memory;
        this.database = database;
        this.actor = actor;
        this.steps = steps;
    }

    BackOffice side(int side) {
        return side == 0 ? memory : database;
    }

    /**
     * Runs the operation on both sides: both answer, or both refuse with the same code. Returns the
     * two answers, or null when both refused.
     */
    <T> List<T> both(String what, Function<Integer, T> operation) {
        steps.incrementAndGet();
        log.add(what);
        Object[] outcomes = new Object[2];
        for (int side = 0; side < 2; side++) {
            try {
                outcomes[side] = operation.apply(side);
            } catch (BackOfficeException refused) {
                outcomes[side] = "refused " + refused.code();
            }
        }
        boolean refusedInMemory = outcomes[0] instanceof String s && s.startsWith("refused ");
        boolean refusedInDatabase = outcomes[1] instanceof String s && s.startsWith("refused ");
        assertThat(refusedInDatabase).as("%s: in memory %s, on PostgreSQL %s", what, outcomes[0], outcomes[1])
                .isEqualTo(refusedInMemory);
        if (refusedInMemory) {
            assertThat(outcomes[1]).as(what).isEqualTo(outcomes[0]);
            return null;
        }
        @SuppressWarnings("unchecked")
        List<T> answers = List.of((T) outcomes[0], (T) outcomes[1]);
        return answers;
    }

    /**
     * The side's trial balance as the net (debits less credits) of each account, by code, after
     * checking that it nets to zero in every currency.
     */
    Map<String, Money> ledgerNets(int side) {
        TrialBalance trial = side(side).financialReports().trialBalance(actor);
        trial.totals().forEach(total -> assertThat(total.debit()).as("trial balance of side %s after %s", side, log)
                .isEqualTo(total.credit()));
        return trial.rows().stream().collect(Collectors.toMap(TrialBalance.Row::code, row -> row.debit().minus(row.credit()),
                Money::plus, TreeMap::new));
    }
}
