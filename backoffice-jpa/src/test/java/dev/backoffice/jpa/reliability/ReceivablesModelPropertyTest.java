package dev.backoffice.jpa.reliability;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.AgingReport;
import dev.backoffice.accounts.api.AgingRequest;
import dev.backoffice.accounts.api.AllocatePayment;
import dev.backoffice.accounts.api.ApprovePayment;
import dev.backoffice.accounts.api.ConfigureReceivables;
import dev.backoffice.accounts.api.DraftInvoice;
import dev.backoffice.accounts.api.InvoiceLineInput;
import dev.backoffice.accounts.api.InvoiceSnapshot;
import dev.backoffice.accounts.api.IssueInvoice;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.api.OpenItems;
import dev.backoffice.accounts.api.OpenItemsRequest;
import dev.backoffice.accounts.api.PaymentSnapshot;
import dev.backoffice.accounts.api.RecordPayment;
import dev.backoffice.accounts.api.RefundPayment;
import dev.backoffice.accounts.api.RegisterParty;
import dev.backoffice.accounts.api.TrialBalance;
import dev.backoffice.accounts.api.UndoAllocation;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.Allocation;
import dev.backoffice.accounts.domain.InvoiceId;
import dev.backoffice.accounts.domain.InvoiceKind;
import dev.backoffice.accounts.domain.InvoiceStatus;
import dev.backoffice.accounts.domain.PartyId;
import dev.backoffice.accounts.domain.PaymentId;
import dev.backoffice.accounts.domain.PaymentStatus;
import dev.backoffice.accounts.domain.TaxRounding;
import dev.backoffice.accounts.spi.TaxPolicy;
import dev.backoffice.common.Actor;
import dev.backoffice.common.Money;
import dev.backoffice.inmemory.InMemoryAdapters;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R5 stateful property for receivables and payables (jqwik action chains): random customer
 * invoices and supplier bills (drafted, issued, some left as drafts, some of zero total or with an
 * unknown tax code), credit and debit notes (some against the wrong document or beyond the
 * original), incoming and outgoing payments (the large outgoing ones waiting for an approval, some
 * approved by their own creator), allocations (in full, in part, beyond what is open, to another
 * party's document, backdated), undone allocations and refunds are applied to the in-memory
 * adapters and to the JPA adapter on a real PostgreSQL at once. After every step both give the same
 * answers or the same error codes, the same documents (status, number, totals, open, credited and
 * settled amounts, settlements), the same payments (status, allocated, refunded and unallocated
 * amounts, allocations and refunds), the same aging, open items and trial balance; on each side the
 * numbers of each kind are gapless, no document is open below zero or above its gross, the aging
 * and open items add up to the control and advances accounts, and the trial balance nets to zero.
 * A failure prints its seed and shrinks; {@code @Property(seed = ...)} replays it.
 */
@AddLifecycleHook(LongProfileTries.class)
class ReceivablesModelPropertyTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    /** 20 % standard, 5.5 % reduced and a zero rate, on net prices, rounded per line (as the receivables contracts). */
    private static final TaxPolicy TAX = TaxPolicy.percentages(Map.of("STD", new BigDecimal("20"), "RED",
            new BigDecimal("5.5"), "ZERO", BigDecimal.ZERO), false, TaxRounding.PER_LINE);
    /** Outgoing payments above it wait for an approval. */
    private static final Money APPROVAL_THRESHOLD = Money.of("500.00", EUR);
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 5);
    private static final AtomicInteger TENANTS = new AtomicInteger();
    private static final ModelRun RUN = new ModelRun("receivables-model", "r5_receivables_model",
            adapters -> BackOffice.builder(adapters).taxPolicy(TAX).build());

    @AfterContainer
    static void stop() {
        RUN.finish();
    }

    /**
     * One tenant's receivables and payables on both sides: a customer (party 0) and a supplier
     * (party 1); documents and payments are kept side by side, in creation order. Every step is
     * dated one day after the one before, from {@link #FIRST_DAY}, so dates never depend on the clock.
     */
    static final class Twin extends TwinBackOffices {
        final Actor approver;
        /** receivable, customer credit, payable, supplier advances, then the other accounts, per side. */
        final List<AccountId[]> accounts = new ArrayList<>();
        final List<String> codes = new ArrayList<>();
        final List<PartyId[]> parties = new ArrayList<>();
        final List<InvoiceId[]> documents = new ArrayList<>();
        final List<PaymentId[]> payments = new ArrayList<>();
        private LocalDate today = FIRST_DAY;

        Twin() {
            super(RUN.backOffice(new InMemoryAdapters()), RUN.postgres(),
                    Actor.of("r5-receivables-" + TENANTS.incrementAndGet(), "clerk"), RUN.steps);
            approver = Actor.of(actor.tenant(), "controller");
            for (BackOffice backOffice : List.of(memory, database)) {
                backOffice.fiscalCalendar().openFiscalYear(actor, OpenFiscalYear.calendarYear(2026));
            }
            open("1200", AccountType.ASSET);      // receivable
            open("2210", AccountType.LIABILITY);  // customer credit
            open("2000", AccountType.LIABILITY);  // payable
            open("1400", AccountType.ASSET);      // supplier advances
            open("4000", AccountType.REVENUE);
            open("2300", AccountType.LIABILITY);  // output tax
            open("6000", AccountType.EXPENSE);
            open("1450", AccountType.ASSET);      // input tax
            open("1010", AccountType.ASSET);      // bank
            PartyId[] customer = new PartyId[2];
            PartyId[] supplier = new PartyId[2];
            for (int side = 0; side < 2; side++) {
                BackOffice backOffice = side(side);
                backOffice.receivablesSettings().configure(actor, new ConfigureReceivables(EUR, account(0, side),
                        account(1, side), account(4, side), account(5, side), account(2, side), account(3, side),
                        account(6, side), account(7, side), account(8, side), null, APPROVAL_THRESHOLD));
                customer[side] = backOffice.parties().register(actor, RegisterParty.customer("Customer", 30, EUR)).id();
                supplier[side] = backOffice.parties().register(actor, RegisterParty.supplier("Supplier", 60, EUR)).id();
            }
            parties.add(customer);
            parties.add(supplier);
            RUN.chains.incrementAndGet();
        }

        private void open(String code, AccountType type) {
            codes.add(code);
            accounts.add(new AccountId[] {
                    memory.chartOfAccounts().openAccount(actor, OpenAccount.of(code, code, type, EUR)).id(),
                    database.chartOfAccounts().openAccount(actor, OpenAccount.of(code, code, type, EUR)).id()});
        }

        private AccountId account(int index, int side) {
            return accounts.get(index)[side];
        }

        /** The date of the next step. */
        LocalDate nextDay() {
            today = today.plusDays(1);
            return today;
        }

        /** Issues a document on both sides; it is kept whether or not it could be issued. */
        void issue(String what, int document) {
            LocalDate day = nextDay();
            List<String> numbers = both(what, side -> side(side).invoicing().issue(actor,
                    IssueInvoice.of(documents.get(document)[side], day)).number());
            if (numbers != null) {
                assertThat(numbers.get(1)).as(what).isEqualTo(numbers.get(0));
            }
        }

        /** The side's document, by its index in {@link #documents}. */
        InvoiceSnapshot document(int side, int index) {
            return side(side).invoicing().invoice(actor, documents.get(index)[side]);
        }

        PaymentSnapshot payment(int side, int index) {
            return side(side).payments().payment(actor, payments.get(index)[side]);
        }

        /** The invariants after every step. */
        void sameBooks() {
            List<List<Object>> observed = new ArrayList<>();
            for (int side = 0; side < 2; side++) {
                observed.add(observe(side));
            }
            for (int part = 0; part < observed.get(0).size(); part++) {
                assertThat(observed.get(1).get(part)).as("PostgreSQL against in memory, part %s, after %s", part, log)
                        .isEqualTo(observed.get(0).get(part));
            }
        }

        /** What one side shows, after checking the invariants that hold on each side on its own. */
        private List<Object> observe(int side) {
            BackOffice backOffice = side(side);
            Map<InvoiceId, Integer> documentIndex = new HashMap<>();
            for (int index = 0; index < documents.size(); index++) {
                documentIndex.put(documents.get(index)[side], index);
            }
            Map<PaymentId, Integer> paymentIndex = new HashMap<>();
            for (int index = 0; index < payments.size(); index++) {
                paymentIndex.put(payments.get(index)[side], index);
            }
            Map<Integer, List<Object>> documentViews = new TreeMap<>();
            Map<Integer, List<Object>> paymentViews = new TreeMap<>();
            for (PartyId[] party : parties) {
                for (InvoiceSnapshot document : backOffice.invoicing().ofParty(actor, party[side])) {
                    Integer index = documentIndex.get(document.id());
                    assertThat(index).as("a document nobody made, side %s, after %s", side, log).isNotNull();
                    assertThat(document.open().isNegative()).as("open below zero: %s, side %s, after %s", document, side, log)
                            .isFalse();
                    assertThat(document.open().compareTo(document.gross())).as("open above gross: %s, side %s, after %s",
                            document, side, log).isLessThanOrEqualTo(0);
                    assertThat(document.credited().compareTo(document.gross())).as("credited above gross: %s, side %s, after %s",
                            document, side, log).isLessThanOrEqualTo(0);
                    if (document.status() != InvoiceStatus.DRAFT) {
                        assertThat(document.open()).as("open = gross - settled: %s, side %s", document, side)
                                .isEqualTo(document.gross().minus(document.settled()));
                    }
                    documentViews.put(index, List.of(document.kind(), String.valueOf(document.number()), document.status(),
                            String.valueOf(document.issueDate()), String.valueOf(document.dueDate()), document.gross(),
                            document.totals().net(), document.settled(), document.open(), document.credited(),
                            String.valueOf(document.correctionOf() == null ? null : documentIndex.get(document.correctionOf())),
                            document.settlements().stream().map(s -> s.date() + " " + s.amount()).toList()));
                }
                for (PaymentSnapshot payment : backOffice.payments().ofParty(actor, party[side])) {
                    Integer index = paymentIndex.get(payment.id());
                    assertThat(index).as("a payment nobody made, side %s, after %s", side, log).isNotNull();
                    assertThat(payment.unallocated().isNegative()).as("unallocated below zero: %s, after %s", payment, log).isFalse();
                    assertThat(payment.allocated().plus(payment.refunded()).plus(payment.unallocated()))
                            .as("allocated + refunded + unallocated = amount: %s, after %s", payment, log).isEqualTo(payment.amount());
                    paymentViews.put(index, List.of(payment.direction(), payment.status(), payment.amount(),
                            String.valueOf(payment.date()), payment.allocated(), payment.refunded(), payment.unallocated(),
                            payment.allocations().stream().map(a -> documentIndex.get(a.invoice()) + " " + a.amount() + " "
                                    + a.date() + " " + a.undoneOn()).toList(),
                            payment.refunds().stream().map(r -> r.amount() + " " + r.date()).toList()));
                }
            }
            assertThat(documentViews.keySet()).as("documents of side %s after %s", side, log)
                    .containsExactlyElementsOf(IntStream.range(0, documents.size()).boxed().toList());
            assertThat(paymentViews.keySet()).as("payments of side %s after %s", side, log)
                    .containsExactlyElementsOf(IntStream.range(0, payments.size()).boxed().toList());
            // gapless numbers per kind: 1..n in the order of issue
            Map<InvoiceKind, List<String>> numbers = new TreeMap<>();
            for (List<Object> view : documentViews.values()) {
                if (view.get(2) != InvoiceStatus.DRAFT) {
                    numbers.computeIfAbsent((InvoiceKind) view.get(0), k -> new ArrayList<>()).add((String) view.get(1));
                }
            }
            numbers.forEach((kind, issued) -> assertThat(issued.stream().sorted().toList())
                    .as("numbers of %s, side %s, after %s", kind, side, log)
                    .isEqualTo(IntStream.rangeClosed(1, issued.size())
                            .mapToObj(n -> kind.number(2026, n)).toList()));
            // the ledger
            TrialBalance trial = backOffice.financialReports().trialBalanceAsOf(actor, today);
            trial.totals().forEach(total -> assertThat(total.debit()).as("trial balance of side %s after %s", side, log)
                    .isEqualTo(total.credit()));
            Map<String, Money> nets = trial.rows().stream().collect(Collectors.toMap(TrialBalance.Row::code,
                    row -> row.debit().minus(row.credit()), (a, b) -> a, TreeMap::new));
            Money receivable = nets.getOrDefault("1200", Money.zero(EUR));
            Money customerCredit = nets.getOrDefault("2210", Money.zero(EUR)).negate();
            Money payable = nets.getOrDefault("2000", Money.zero(EUR)).negate();
            Money supplierAdvances = nets.getOrDefault("1400", Money.zero(EUR));
            // the subledger adds up to the ledger
            AgingReport receivables = backOffice.agingReports().aging(actor, AgingRequest.receivables(EUR, today));
            AgingReport payables = backOffice.agingReports().aging(actor, AgingRequest.payables(EUR, today));
            OpenItems openReceivables = backOffice.agingReports().openItems(actor, OpenItemsRequest.receivables(EUR, today));
            OpenItems openPayables = backOffice.agingReports().openItems(actor, OpenItemsRequest.payables(EUR, today));
            assertThat(List.of(receivables.total().total(), receivables.total().unallocated(), openReceivables.documentsTotal(),
                    openReceivables.paymentsTotal()))
                    .as("receivables aging and open items against accounts 1200 and 2210, side %s, after %s", side, log)
                    .isEqualTo(List.of(receivable, customerCredit, receivable, customerCredit));
            assertThat(List.of(payables.total().total(), payables.total().unallocated(), openPayables.documentsTotal(),
                    openPayables.paymentsTotal()))
                    .as("payables aging and open items against accounts 2000 and 1400, side %s, after %s", side, log)
                    .isEqualTo(List.of(payable, supplierAdvances, payable, supplierAdvances));
            return List.of(documentViews, paymentViews, nets, List.of(receivables.total(), payables.total()).toString()
                    .replace(parties.get(0)[side].toString(), "customer").replace(parties.get(1)[side].toString(), "supplier"),
                    receivables.rows().stream().map(AgingReport.Row::total).toList(),
                    payables.rows().stream().map(AgingReport.Row::total).toList());
        }
    }

    @Property(tries = 40)
    void theInMemoryAndThePostgresReceivablesAgreeAfterEveryStep(@ForAll("chains") ActionChain<Twin> chain) {
        try {
            chain.withInvariant("same books", Twin::sameBooks).run();
        } catch (AssertionError disagreement) {
            RUN.anomalies.incrementAndGet(); // jqwik then shrinks and prints the seed that replays it
            throw disagreement;
        }
    }

    @Provide
    Arbitrary<ActionChain<Twin>> chains() {
        return ActionChain.<Twin>startWith(Twin::new)
                .withAction(4, new Draft())
                .withAction(1, new Issue())
                .withAction(2, new Note())
                .withAction(4, new Pay())
                .withAction(1, new Approve())
                .withAction(5, new Allocate())
                .withAction(2, new Undo())
                .withAction(1, new Refund())
                .withMaxTransformations(12);
    }

    private static Money eur(long minor) {
        return Money.ofMinor(minor, EUR);
    }

    /** A unit price in minor units: mostly up to 400.00, sometimes zero (a document of zero total). */
    private static Arbitrary<Long> prices() {
        return Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.longs().between(1, 40_000)), Tuple.of(1, Arbitraries.just(0L)));
    }

    /** A tax code the policy knows, or now and then one it does not. */
    private static Arbitrary<String> taxCodes() {
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just("STD")), Tuple.of(2, Arbitraries.just("RED")),
                Tuple.of(1, Arbitraries.just("ZERO")), Tuple.of(1, Arbitraries.just("LUX")));
    }

    /** A customer invoice or a supplier bill of one or two lines, drafted, and issued four times in five. */
    static final class Draft implements Action.Independent<Twin> {
        @Override
        public Arbitrary<Transformer<Twin>> transformer() {
            return Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(1, 3), prices(), taxCodes(),
                    prices().injectNull(0.6), taxCodes(), Arbitraries.integers().between(0, 4)).as(
                    (invoice, quantity, price, code, secondPrice, secondCode, issue) -> {
                        String what = "draft " + (invoice ? "invoice " : "bill ") + quantity + " x " + price + " " + code
                                + (secondPrice == null ? "" : " + " + secondPrice + " " + secondCode) + (issue > 0 ? " and issue" : "");
                        return Transformer.mutate(what, twin -> {
                            List<InvoiceId> drafted = twin.both(what, side -> {
                                List<InvoiceLineInput> lines = new ArrayList<>();
                                lines.add(InvoiceLineInput.of("Goods", String.valueOf(quantity), eur(price), code));
                                if (secondPrice != null) {
                                    lines.add(InvoiceLineInput.of("Service", "1", eur(secondPrice), secondCode));
                                }
                                PartyId party = twin.parties.get(invoice ? 0 : 1)[side];
                                DraftInvoice command = invoice
                                        ? DraftInvoice.customerInvoice(party, lines.toArray(InvoiceLineInput[]::new))
                                        : DraftInvoice.supplierBill(party, "S-" + twin.documents.size(),
                                        lines.toArray(InvoiceLineInput[]::new));
                                return twin.side(side).invoicing().draft(twin.actor, command).id();
                            });
                            if (drafted != null) {
                                twin.documents.add(new InvoiceId[] {drafted.get(0), drafted.get(1)});
                                if (issue > 0) {
                                    twin.issue("issue #" + (twin.documents.size() - 1), twin.documents.size() - 1);
                                }
                            }
                        });
                    });
        }
    }

    /** The issue of any earlier document: a draft left over, or one issued already (refused). */
    static final class Issue implements Action.Dependent<Twin> {
        @Override
        public boolean precondition(Twin twin) {
            return !twin.documents.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<Twin>> transformer(Twin twin) {
            return Arbitraries.integers().between(0, twin.documents.size() - 1).map(index ->
                    Transformer.mutate("issue #" + index, model -> model.issue("issue #" + index, index)));
        }
    }

    /**
     * A credit note (customer) or debit note (supplier) against an earlier document, for part of
     * its gross, all of it, or more; sometimes of the wrong kind for that document (refused).
     */
    static final class Note implements Action.Dependent<Twin> {
        @Override
        public boolean precondition(Twin twin) {
            return !twin.documents.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<Twin>> transformer(Twin twin) {
            return Combinators.combine(Arbitraries.integers().between(0, twin.documents.size() - 1),
                    Arbitraries.of("part", "all", "more"), Arbitraries.frequency(Tuple.of(5, true), Tuple.of(1, false)))
                    .as((index, how, rightKind) -> {
                        String what = "note " + how + " of #" + index + (rightKind ? "" : " of the wrong kind");
                        return Transformer.mutate(what, model -> {
                            InvoiceSnapshot original = model.document(0, index);
                            boolean customer = original.kind() == InvoiceKind.CUSTOMER_INVOICE
                                    || original.kind() == InvoiceKind.CUSTOMER_CREDIT_NOTE;
                            boolean credit = customer == rightKind;
                            long net = original.totals().net().minorUnits();
                            long noteNet = switch (how) {
                                case "part" -> Math.max(1, net / 3);
                                case "all" -> Math.max(1, net);
                                default -> net + 100;
                            };
                            List<InvoiceId> drafted = model.both(what, side -> {
                                InvoiceLineInput line = InvoiceLineInput.of("Correction", "1", eur(noteNet), "STD");
                                InvoiceId of = model.documents.get(index)[side];
                                return model.side(side).invoicing().draft(model.actor,
                                        credit ? DraftInvoice.creditNote(of, line) : DraftInvoice.debitNote(of, line)).id();
                            });
                            if (drafted != null) {
                                model.documents.add(new InvoiceId[] {drafted.get(0), drafted.get(1)});
                                model.issue("issue note #" + (model.documents.size() - 1), model.documents.size() - 1);
                            }
                        });
                    });
        }
    }

    /**
     * An incoming or outgoing payment of the customer or the supplier (mostly in the direction that
     * settles its documents); outgoing ones above the threshold wait for an approval.
     */
    static final class Pay implements Action.Independent<Twin> {
        @Override
        public Arbitrary<Transformer<Twin>> transformer() {
            return Combinators.combine(Arbitraries.of(0, 1), Arbitraries.frequency(Tuple.of(4, true), Tuple.of(1, false)),
                    Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.longs().between(1, 50_000)),
                            Tuple.of(3, Arbitraries.longs().between(50_001, 100_000)), Tuple.of(1, Arbitraries.just(0L))))
                    .as((party, usual, minor) -> {
                        boolean incoming = (party == 0) == usual;
                        String what = (incoming ? "incoming " : "outgoing ") + minor + (party == 0 ? ", customer" : ", supplier");
                        return Transformer.mutate(what, twin -> {
                            LocalDate day = twin.nextDay();
                            List<PaymentId> recorded = twin.both(what, side -> {
                                PartyId of = twin.parties.get(party)[side];
                                return twin.side(side).payments().record(twin.actor, incoming
                                        ? RecordPayment.incoming(of, eur(minor), day) : RecordPayment.outgoing(of, eur(minor), day)).id();
                            });
                            if (recorded != null) {
                                twin.payments.add(new PaymentId[] {recorded.get(0), recorded.get(1)});
                            }
                        });
                    });
        }
    }

    /**
     * The approval of a payment waiting for one if there is any (else of any payment, refused), by
     * another actor or (refused) by its creator.
     */
    static final class Approve implements Action.Dependent<Twin> {
        @Override
        public boolean precondition(Twin twin) {
            return !twin.payments.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<Twin>> transformer(Twin twin) {
            return Combinators.combine(Arbitraries.integers().between(0, twin.payments.size() - 1),
                    Arbitraries.frequency(Tuple.of(4, true), Tuple.of(1, false))).as((index, other) -> {
                        String what = "approve #" + index + (other ? "" : " by its creator");
                        return Transformer.mutate(what, model -> {
                            List<Integer> waiting = IntStream.range(0, model.payments.size())
                                    .filter(i -> model.payment(0, i).status() == PaymentStatus.AWAITING_APPROVAL).boxed().toList();
                            int chosen = waiting.isEmpty() ? index : waiting.get(index % waiting.size());
                            List<Object> approved = model.both("approve #" + chosen + (other ? "" : " by its creator"), side ->
                                    model.side(side).payments().approve(other ? model.approver : model.actor,
                                            new ApprovePayment(model.payments.get(chosen)[side])).status());
                            if (approved != null) {
                                assertThat(approved.get(1)).as(what).isEqualTo(approved.get(0));
                            }
                        });
                    });
        }
    }

    /**
     * Part of a payment to a document: what is open on it (or what is left of the payment, if
     * less), half of that, more than open, or more than the payment has. Mostly an open document
     * and a payment of its party in the direction that settles it; otherwise any pair, which may be
     * another party's document, a draft, a settled one, or a payment that does not settle it; the
     * date now and then before the document or the payment (all refused).
     */
    static final class Allocate implements Action.Dependent<Twin> {
        @Override
        public boolean precondition(Twin twin) {
            return !twin.payments.isEmpty() && !twin.documents.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<Twin>> transformer(Twin twin) {
            return Combinators.combine(Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 1000),
                    Arbitraries.frequency(Tuple.of(4, true), Tuple.of(1, false)),
                    Arbitraries.frequency(Tuple.of(5, "open"), Tuple.of(3, "half"), Tuple.of(1, "above open"),
                            Tuple.of(1, "above unallocated")),
                    Arbitraries.frequency(Tuple.of(12, false), Tuple.of(1, true))).as((paymentChoice, documentChoice, matching, how,
                    backdated) -> Transformer.mutate("allocate " + how + (matching ? "" : " to any document")
                    + (backdated ? " backdated" : ""), model -> {
                        int document = documentChoice % model.documents.size();
                        int payment = paymentChoice % model.payments.size();
                        if (matching) {
                            List<Integer> open = IntStream.range(0, model.documents.size()).filter(index -> {
                                InvoiceStatus status = model.document(0, index).status();
                                return status == InvoiceStatus.ISSUED || status == InvoiceStatus.PARTIALLY_PAID;
                            }).boxed().toList();
                            if (!open.isEmpty()) {
                                document = open.get(documentChoice % open.size());
                            }
                            InvoiceSnapshot settled = model.document(0, document);
                            List<Integer> fitting = IntStream.range(0, model.payments.size()).filter(index -> {
                                PaymentSnapshot candidate = model.payment(0, index);
                                return candidate.party().equals(settled.party())
                                        && candidate.direction() == settled.kind().settledBy()
                                        && candidate.unallocated().isPositive();
                            }).boxed().toList();
                            if (!fitting.isEmpty()) {
                                payment = fitting.get(paymentChoice % fitting.size());
                            }
                        }
                        Money open = model.document(0, document).open();
                        Money unallocated = model.payment(0, payment).unallocated();
                        long both = Math.min(open.minorUnits(), unallocated.minorUnits());
                        long minor = switch (how) {
                            case "open" -> both;
                            case "half" -> Math.max(1, both / 2);
                            case "above open" -> open.minorUnits() + 1;
                            default -> unallocated.minorUnits() + 1;
                        };
                        LocalDate day = backdated ? FIRST_DAY : model.nextDay();
                        int of = payment;
                        int to = document;
                        model.both("allocate " + minor + " of #" + of + " to #" + to + (backdated ? " backdated" : ""),
                                side -> model.side(side).payments().allocate(model.actor, AllocatePayment.of(
                                        model.payments.get(of)[side], day,
                                        AllocatePayment.part(model.documents.get(to)[side], eur(minor)))).allocated());
                    }));
        }
    }

    /** An allocation of a payment that has any undone (a second undo of the same one is refused). */
    static final class Undo implements Action.Dependent<Twin> {
        @Override
        public boolean precondition(Twin twin) {
            return !twin.payments.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<Twin>> transformer(Twin twin) {
            return Combinators.combine(Arbitraries.integers().between(0, twin.payments.size() - 1), Arbitraries.integers().between(0, 3))
                    .as((payment, choice) -> {
                        String what = "undo allocation " + choice + " of #" + payment;
                        return Transformer.mutate(what, model -> {
                            List<Integer> allocated = IntStream.range(0, model.payments.size())
                                    .filter(i -> !model.payment(0, i).allocations().isEmpty()).boxed().toList();
                            if (allocated.isEmpty()) {
                                return;
                            }
                            int of = allocated.get(payment % allocated.size());
                            int allocation = choice % model.payment(0, of).allocations().size();
                            LocalDate day = model.nextDay();
                            model.both("undo allocation " + allocation + " of #" + of, side -> {
                                Allocation undone = model.payment(side, of).allocations().get(allocation);
                                return model.side(side).payments().undoAllocation(model.actor,
                                        new UndoAllocation(model.payments.get(of)[side], undone.id(), day)).unallocated();
                            });
                        });
                    });
        }
    }

    /** A refund of part of a payment, all that is left of it, or more (refused). */
    static final class Refund implements Action.Dependent<Twin> {
        @Override
        public boolean precondition(Twin twin) {
            return !twin.payments.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<Twin>> transformer(Twin twin) {
            return Combinators.combine(Arbitraries.integers().between(0, twin.payments.size() - 1),
                    Arbitraries.of("part", "rest", "more")).as((payment, how) -> {
                        String what = "refund " + how + " of #" + payment;
                        return Transformer.mutate(what, model -> {
                            PaymentSnapshot paid = model.payment(0, payment);
                            long left = paid.amount().minus(paid.refunded()).minorUnits();
                            long minor = switch (how) {
                                case "part" -> Math.max(1, left / 2);
                                case "rest" -> left;
                                default -> left + 1;
                            };
                            LocalDate day = model.nextDay();
                            model.both(what + " (" + minor + ")", side -> model.side(side).payments().refund(model.actor,
                                    RefundPayment.of(model.payments.get(payment)[side], eur(minor), day)).refunded());
                        });
                    });
        }
    }
}
