package dev.backoffice.reliability;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.api.JournalLineInput;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.api.NewPendingEntry;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.api.ReverseJournalEntry;
import dev.backoffice.accounts.api.SetFunctionalCurrency;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.audit.api.AuditQuery;
import dev.backoffice.common.Actor;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Money;
import dev.backoffice.common.Quantity;
import dev.backoffice.stock.api.CreateItem;
import dev.backoffice.stock.api.LocationSnapshot;
import dev.backoffice.stock.api.NewStockMove;
import dev.backoffice.stock.api.OpenWarehouse;
import dev.backoffice.stock.api.ReserveStock;
import dev.backoffice.stock.api.StockItemSnapshot;
import dev.backoffice.stock.api.WarehouseSnapshot;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.UnitOfMeasure;
import dev.backoffice.inmemory.InMemoryAdapters;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R7 bad input: well over a hundred malformed commands across the ledger and stock (nulls, blanks,
 * zero, negative and too-precise amounts, wrong currencies, oversized and control-character text,
 * SQL-looking codes, impossible dates, ids of another tenant). Each is refused with a typed error
 * and a stable code, and nothing is stored: no audit record, no event, no balance, no item.
 * Generated text fuzzes the money and quantity parsers, which answer a typed error or a value.
 */
class BadInputTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    private final List<DomainEvent> events = Collections.synchronizedList(new ArrayList<>());
    private final BackOffice backOffice = BackOffice.builder(new InMemoryAdapters()).eventPublisher(events::addAll).build();
    private final Actor alice = Actor.of("bad-input", "alice");
    private final Actor mallory = Actor.of("bad-input-other", "mallory");

    private final List<String> anomalies = new ArrayList<>();
    private int refused;

    private void refused(String what, String code, Supplier<?> call) {
        try {
            call.get();
            anomalies.add(what + ": accepted");
        } catch (BackOfficeException e) {
            if (code != null && !code.equals(e.code())) {
                anomalies.add(what + ": " + e.code() + " instead of " + code + " (" + e.getMessage() + ")");
            }
            if (e.getMessage() == null || e.getMessage().isBlank()) {
                anomalies.add(what + ": no message");
            }
            refused++;
        } catch (RuntimeException e) {
            anomalies.add(what + ": untyped " + e);
        }
    }

    private static String repeat(int length) {
        return "x".repeat(length);
    }

    @Test
    void malformedCommandsAreRefusedWithACodeAndChangeNothing() {
        backOffice.fiscalCalendar().openFiscalYear(alice, OpenFiscalYear.calendarYear(2026));
        AccountSnapshot cash = backOffice.chartOfAccounts().openAccount(alice, OpenAccount.of("1000", "Cash", AccountType.ASSET, EUR));
        AccountSnapshot sales = backOffice.chartOfAccounts().openAccount(alice, OpenAccount.of("4000", "Sales", AccountType.REVENUE, EUR));
        AccountSnapshot parent = backOffice.chartOfAccounts().openAccount(alice, OpenAccount.of("6000", "Costs", AccountType.EXPENSE, EUR));
        backOffice.chartOfAccounts().openAccount(alice, new OpenAccount("6010", "Rent", AccountType.EXPENSE, EUR, parent.id(), null));
        AccountSnapshot dollars = backOffice.chartOfAccounts().openAccount(alice, OpenAccount.of("1100", "Dollars", AccountType.ASSET,
                Currency.getInstance("USD")));
        backOffice.fiscalCalendar().openFiscalYear(mallory, OpenFiscalYear.calendarYear(2026));
        AccountSnapshot foreign = backOffice.chartOfAccounts().openAccount(mallory, OpenAccount.of("1000", "Cash", AccountType.ASSET, EUR));
        StockItemSnapshot bolt = backOffice.itemCatalog().createItem(alice, CreateItem.of("BOLT-1", "Bolt", UnitOfMeasure.of("pc")));
        WarehouseSnapshot main = backOffice.warehousing().openWarehouse(alice, OpenWarehouse.of("MAIN", "Main"));
        LocationSnapshot shelf = backOffice.warehousing().location(alice, main.rootLocation());
        StockItemSnapshot foreignItem = backOffice.itemCatalog().createItem(mallory, CreateItem.of("BOLT-1", "Bolt", UnitOfMeasure.of("pc")));

        int auditBefore = backOffice.auditTrail().records(alice, AuditQuery.all()).size();
        var trialBefore = backOffice.financialReports().trialBalance(alice);
        List<StockItemSnapshot> itemsBefore = backOffice.itemCatalog().items(alice);
        events.clear();

        // ---- journal entries ----
        String[] badTexts = {null, "", " ", "\t", repeat(501), "Sale\u0000", "Sale\u0007", "Sale\u001b[2J", "\u0085next line"};
        for (String text : badTexts) {
            refused("entry description " + printable(text), "validation.failed", () -> backOffice.ledger().post(alice,
                    NewJournalEntry.on(DAY, text).debit(cash.id(), eur("1.00")).credit(sales.id(), eur("1.00")).build()));
        }
        String[] badMemos = {repeat(501), "memo\u0000", "memo\u0008"};
        for (String memo : badMemos) {
            refused("memo " + printable(memo), "validation.failed", () -> backOffice.ledger().post(alice,
                    NewJournalEntry.on(DAY, "Sale").line(JournalLineInput.debit(cash.id(), eur("1.00")).withMemo(memo))
                            .credit(sales.id(), eur("1.00")).build()));
        }
        String[] badReferences = {repeat(129), "ref\u0000"};
        for (String reference : badReferences) {
            refused("reference " + printable(reference), "validation.failed", () -> backOffice.ledger().post(alice,
                    NewJournalEntry.on(DAY, "Sale").reference(reference).debit(cash.id(), eur("1.00"))
                            .credit(sales.id(), eur("1.00")).build()));
        }
        String[] badKeys = {"", repeat(129), "key\u0000"};
        for (String key : badKeys) {
            refused("idempotency key " + printable(key), "validation.failed", () -> backOffice.ledger().post(alice,
                    NewJournalEntry.on(DAY, "Sale").idempotencyKey(key).debit(cash.id(), eur("1.00"))
                            .credit(sales.id(), eur("1.00")).build()));
        }
        String[][] badDimensions = {{"", "x"}, {"department", ""}, {"Dept", "x"}, {"department", repeat(65)},
                {repeat(33), "x"}, {"department", "a\u0000"}, {"9lives", "x"}};
        for (String[] dimension : badDimensions) {
            refused("dimension " + printable(dimension[0]) + "=" + printable(dimension[1]), null, () -> backOffice.ledger().post(alice,
                    NewJournalEntry.on(DAY, "Sale").line(JournalLineInput.debit(cash.id(), eur("1.00"))
                                    .withDimension(dimension[0], dimension[1]))
                            .credit(sales.id(), eur("1.00")).build()));
        }
        refused("no date", "validation.failed", () -> backOffice.ledger().post(alice, NewJournalEntry.on(null, "Sale")
                .debit(cash.id(), eur("1.00")).credit(sales.id(), eur("1.00")).build()));
        LocalDate[] badDates = {LocalDate.of(2025, 12, 31), LocalDate.of(2027, 1, 1), LocalDate.MIN, LocalDate.MAX,
                LocalDate.of(1, 1, 1)};
        for (LocalDate date : badDates) {
            refused("date " + date, "ledger.period.not_found", () -> backOffice.ledger().post(alice, NewJournalEntry.on(date, "Sale")
                    .debit(cash.id(), eur("1.00")).credit(sales.id(), eur("1.00")).build()));
        }
        refused("no lines", "validation.failed", () -> backOffice.ledger().post(alice, NewJournalEntry.on(DAY, "Sale").build()));
        refused("one line", "validation.failed", () -> backOffice.ledger().post(alice, NewJournalEntry.on(DAY, "Sale")
                .debit(cash.id(), eur("1.00")).build()));
        refused("null line", "validation.failed", () -> backOffice.ledger().post(alice, NewJournalEntry.on(DAY, "Sale")
                .debit(cash.id(), eur("1.00")).line(null).build()));
        refused("null account", "validation.failed", () -> backOffice.ledger().post(alice, NewJournalEntry.on(DAY, "Sale")
                .debit(null, eur("1.00")).credit(sales.id(), eur("1.00")).build()));
        refused("null side", "validation.failed", () -> backOffice.ledger().post(alice, NewJournalEntry.on(DAY, "Sale")
                .line(new JournalLineInput(cash.id(), null, eur("1.00"), null, null)).credit(sales.id(), eur("1.00")).build()));
        refused("null amount", "validation.failed", () -> backOffice.ledger().post(alice, NewJournalEntry.on(DAY, "Sale")
                .debit(cash.id(), null).credit(sales.id(), eur("1.00")).build()));
        String[][] badAmounts = {{"0.00", "ledger.line.amount_not_positive"}, {"-1.00", "ledger.line.amount_not_positive"},
                {"-0.01", "ledger.line.amount_not_positive"}};
        for (String[] amount : badAmounts) {
            refused("amount " + amount[0], amount[1], () -> backOffice.ledger().post(alice, NewJournalEntry.on(DAY, "Sale")
                    .debit(cash.id(), eur(amount[0])).credit(sales.id(), eur(amount[0])).build()));
        }
        refused("unbalanced", "ledger.entry.unbalanced", () -> backOffice.ledger().post(alice, NewJournalEntry.on(DAY, "Sale")
                .debit(cash.id(), eur("1.00")).credit(sales.id(), eur("1.01")).build()));
        refused("unbalanced by a cent in a big entry", "ledger.entry.unbalanced", () -> backOffice.ledger().post(alice,
                NewJournalEntry.on(DAY, "Sale").debit(cash.id(), eur("99999999.99")).credit(sales.id(), eur("99999999.98"))
                        .credit(sales.id(), eur("0.02")).build()));
        refused("wrong currency for the account", "ledger.account.currency_mismatch", () -> backOffice.ledger().post(alice,
                NewJournalEntry.on(DAY, "Sale").debit(dollars.id(), eur("1.00")).credit(sales.id(), eur("1.00")).build()));
        refused("two currencies, each unbalanced", "ledger.entry.unbalanced", () -> backOffice.ledger().post(alice,
                NewJournalEntry.on(DAY, "Sale").debit(dollars.id(), Money.of("1.00", "USD")).credit(sales.id(), eur("1.00")).build()));
        refused("a parent account", "ledger.account.not_leaf", () -> backOffice.ledger().post(alice, NewJournalEntry.on(DAY, "Sale")
                .debit(parent.id(), eur("1.00")).credit(sales.id(), eur("1.00")).build()));
        refused("an unknown account", "ledger.account.not_found", () -> backOffice.ledger().post(alice, NewJournalEntry.on(DAY, "Sale")
                .debit(AccountId.of(UUID.randomUUID()), eur("1.00")).credit(sales.id(), eur("1.00")).build()));
        refused("another tenant's account", "ledger.account.not_found", () -> backOffice.ledger().post(alice,
                NewJournalEntry.on(DAY, "Sale").debit(foreign.id(), eur("1.00")).credit(sales.id(), eur("1.00")).build()));
        refused("a batch with one bad entry", "ledger.batch.rejected", () -> backOffice.ledger().postAll(alice, List.of(
                NewJournalEntry.on(DAY, "Good").debit(cash.id(), eur("1.00")).credit(sales.id(), eur("1.00")).build(),
                NewJournalEntry.on(DAY, "Bad").debit(cash.id(), eur("1.00")).credit(sales.id(), eur("2.00")).build())));
        refused("an empty batch", "validation.failed", () -> backOffice.ledger().postAll(alice, List.of()));
        refused("a null batch", "validation.failed", () -> backOffice.ledger().postAll(alice, null));
        refused("a null entry", "validation.failed", () -> backOffice.ledger().post(alice, null));
        refused("a null actor", "validation.failed", () -> backOffice.ledger().post(null,
                NewJournalEntry.on(DAY, "Sale").debit(cash.id(), eur("1.00")).credit(sales.id(), eur("1.00")).build()));
        refused("a pending entry expiring in the past", "ledger.pending.invalid_timeout", () -> backOffice.ledger().postPending(alice,
                NewPendingEntry.of(NewJournalEntry.on(DAY, "Hold").debit(cash.id(), eur("1.00")).credit(sales.id(), eur("1.00"))
                        .build(), Instant.parse("2000-01-01T00:00:00Z"))));
        refused("reversing an unknown entry", "ledger.entry.not_found", () -> backOffice.ledger().reverse(alice,
                ReverseJournalEntry.of(JournalEntryId.of(UUID.randomUUID()), DAY, "why")));
        refused("reversing without a date", "validation.failed", () -> backOffice.ledger().reverse(alice,
                ReverseJournalEntry.of(JournalEntryId.of(UUID.randomUUID()), null, "why")));
        refused("a functional currency that is null", "validation.failed", () -> backOffice.currencies().setFunctionalCurrency(alice,
                new SetFunctionalCurrency(null)));

        // ---- accounts and fiscal years ----
        String[] badCodes = {null, "", " ", "'; DROP TABLE bo_accounts;--", "1000 OR 1=1", "code with space", "-lead", repeat(33),
                "co\u0000de", "ünïcode", "1000", "<script>"};
        for (String code : badCodes) {
            refused("account code " + printable(code), "1000".equals(code) ? "ledger.account.code_taken" : "validation.failed",
                    () -> backOffice.chartOfAccounts().openAccount(alice, OpenAccount.of(code, "Name", AccountType.ASSET, EUR)));
        }
        String[] badNames = {null, "", "   ", repeat(201), "name\u0000", "name\u0019"};
        for (String name : badNames) {
            refused("account name " + printable(name), "validation.failed", () -> backOffice.chartOfAccounts().openAccount(alice,
                    OpenAccount.of("7777", name, AccountType.ASSET, EUR)));
        }
        refused("account without type", "validation.failed", () -> backOffice.chartOfAccounts().openAccount(alice,
                OpenAccount.of("7777", "Name", null, EUR)));
        refused("account without currency", "validation.failed", () -> backOffice.chartOfAccounts().openAccount(alice,
                OpenAccount.of("7777", "Name", AccountType.ASSET, null)));
        refused("account under another tenant's parent", "ledger.account.not_found", () -> backOffice.chartOfAccounts()
                .openAccount(alice, new OpenAccount("7777", "Name", AccountType.ASSET, EUR, foreign.id(), null)));
        refused("account under a parent of another type", "ledger.account.type_mismatch", () -> backOffice.chartOfAccounts()
                .openAccount(alice, new OpenAccount("7777", "Name", AccountType.ASSET, EUR, parent.id(), null)));
        refused("renaming to blank", "validation.failed", () -> backOffice.chartOfAccounts().renameAccount(alice, cash.id(), " "));
        refused("renaming another tenant's account", "ledger.account.not_found", () -> backOffice.chartOfAccounts()
                .renameAccount(alice, foreign.id(), "Mine now"));
        refused("fiscal year overlapping", "ledger.fiscal_year.overlaps", () -> backOffice.fiscalCalendar().openFiscalYear(alice,
                OpenFiscalYear.of("2026b", LocalDate.of(2026, 6, 1))));
        refused("fiscal year starting mid-month", "ledger.fiscal_year.invalid_start", () -> backOffice.fiscalCalendar()
                .openFiscalYear(alice, OpenFiscalYear.of("odd", LocalDate.of(2030, 1, 15))));
        refused("fiscal year without start", "validation.failed", () -> backOffice.fiscalCalendar().openFiscalYear(alice,
                OpenFiscalYear.of("none", null)));
        refused("fiscal year named with a NUL", "validation.failed", () -> backOffice.fiscalCalendar().openFiscalYear(alice,
                OpenFiscalYear.of("y\u0000", LocalDate.of(2031, 1, 1))));

        // ---- stock ----
        String[] badSkus = {null, "", " ", "sku with space", "'; DELETE FROM items;--", repeat(65), "s\u0000", "BOLT-1"};
        for (String sku : badSkus) {
            refused("sku " + printable(sku), "BOLT-1".equals(sku) ? "stock.item.sku_taken" : "validation.failed",
                    () -> backOffice.itemCatalog().createItem(alice, CreateItem.of(sku, "Name", UnitOfMeasure.of("pc"))));
        }
        refused("item without unit", "validation.failed", () -> backOffice.itemCatalog().createItem(alice,
                CreateItem.of("NUT-1", "Nut", null)));
        refused("item named with a control character", "validation.failed", () -> backOffice.itemCatalog().createItem(alice,
                CreateItem.of("NUT-1", "Nut\u0003", UnitOfMeasure.of("pc"))));
        String[] badWarehouseCodes = {"", "main hall", repeat(33), "w\u0000", "MAIN"};
        for (String code : badWarehouseCodes) {
            refused("warehouse " + printable(code), "MAIN".equals(code) ? null : "validation.failed",
                    () -> backOffice.warehousing().openWarehouse(alice, OpenWarehouse.of(code, "Hall")));
        }
        refused("receipt of zero", null, () -> backOffice.inventory().move(alice,
                NewStockMove.receipt(bolt.id(), Quantity.of(0, "pc"), shelf.id())));
        refused("receipt of a negative quantity", null, () -> backOffice.inventory().move(alice,
                NewStockMove.receipt(bolt.id(), Quantity.of(-5, "pc"), shelf.id())));
        refused("receipt in an unknown unit", null, () -> backOffice.inventory().move(alice,
                NewStockMove.receipt(bolt.id(), Quantity.of(5, "kg"), shelf.id())));
        refused("receipt of half a piece", null, () -> backOffice.inventory().move(alice,
                NewStockMove.receipt(bolt.id(), Quantity.of("0.5", "pc"), shelf.id())));
        refused("receipt of another tenant's item", null, () -> backOffice.inventory().move(alice,
                NewStockMove.receipt(foreignItem.id(), Quantity.of(5, "pc"), shelf.id())));
        refused("receipt of an unknown item", null, () -> backOffice.inventory().move(alice,
                NewStockMove.receipt(ItemId.of(UUID.randomUUID()), Quantity.of(5, "pc"), shelf.id())));
        refused("receipt without destination", null, () -> backOffice.inventory().move(alice,
                NewStockMove.receipt(bolt.id(), Quantity.of(5, "pc"), null)));
        refused("issue of stock that is not there", "stock.quantity.insufficient", () -> backOffice.inventory().move(alice,
                NewStockMove.issue(bolt.id(), Quantity.of(5, "pc"), shelf.id())));
        refused("reservation above stock", null, () -> backOffice.reservations().reserve(alice,
                ReserveStock.of(bolt.id(), "order-1", Quantity.of(5, "pc"))));
        refused("reservation for a blank demand", "validation.failed", () -> backOffice.reservations().reserve(alice,
                ReserveStock.of(bolt.id(), " ", Quantity.of(1, "pc"))));
        refused("reservation for a demand with a NUL", "validation.failed", () -> backOffice.reservations().reserve(alice,
                ReserveStock.of(bolt.id(), "order\u0000", Quantity.of(1, "pc"))));
        refused("reservation of nothing", null, () -> backOffice.reservations().reserve(alice,
                ReserveStock.of(bolt.id(), "order-1", Quantity.of(0, "pc"))));

        int auditAfter = backOffice.auditTrail().records(alice, AuditQuery.all()).size();
        if (auditAfter != auditBefore) {
            anomalies.add((auditAfter - auditBefore) + " audit records written by refused commands");
        }
        if (!backOffice.financialReports().trialBalance(alice).equals(trialBefore)) {
            anomalies.add("the trial balance changed");
        }
        if (!backOffice.itemCatalog().items(alice).equals(itemsBefore)) {
            anomalies.add("the items changed");
        }
        if (!events.isEmpty()) {
            anomalies.add(events.size() + " events published by refused commands");
        }
        System.out.println("RELIABILITY R7 bad-input threads=1 operations=" + (refused + anomalies.size()) + " refused=" + refused
                + " anomalies=" + anomalies.size());
        assertThat(anomalies).isEmpty();
        assertThat(refused).isGreaterThanOrEqualTo(100);
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static String printable(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(24).forEach(c -> out.append(Character.isISOControl(c) ? String.format("\\u%04x", c)
                : new String(Character.toChars(c))));
        return "'" + out + (text.length() > 24 ? "...(" + text.length() + ")" : "") + "'";
    }

    @Property(tries = 300)
    void moneyTextIsAValueOrATypedError(@ForAll @StringLength(max = 40) String text) {
        try {
            Money parsed = Money.of(text, "EUR");
            assertThat(parsed.currency()).isEqualTo(EUR);
        } catch (BackOfficeException e) {
            assertThat(e.code()).startsWith("money.");
        }
    }

    @Property(tries = 300)
    void quantityTextIsAValueOrATypedError(@ForAll @StringLength(max = 40) String text, @ForAll @StringLength(max = 12) String unit) {
        try {
            Quantity parsed = Quantity.of(text, unit);
            assertThat(parsed.unit()).isEqualTo(unit);
        } catch (BackOfficeException e) {
            assertThat(e.code()).isNotBlank();
        }
    }

    @Property(tries = 200)
    void currencyCodesAreAValueOrATypedError(@ForAll @StringLength(max = 6) String code) {
        try {
            assertThat(Money.currency(code).getCurrencyCode()).isEqualTo(code);
        } catch (BackOfficeException e) {
            assertThat(e.code()).startsWith("money.");
        }
    }
}
