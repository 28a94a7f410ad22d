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
import dev.backoffice.stock.api.RemoveReorderRule;
import dev.backoffice.stock.api.ReserveStock;
import dev.backoffice.stock.api.SetReorderRule;
import dev.backoffice.stock.api.StockItemSnapshot;
import dev.backoffice.stock.api.WarehouseSnapshot;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.UnitOfMeasure;
import dev.backoffice.stock.domain.WarehouseId;
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

import static dev.backoffice.reliability.BadInputCheck.printable;
import static dev.backoffice.reliability.BadInputCheck.repeat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * R7 bad input: well over a hundred malformed commands across the ledger and stock, its reorder
 * rules included (nulls, blanks, zero, negative and too-precise amounts, wrong currencies,
 * oversized and control-character text, SQL-looking codes, impossible dates, ids of another
 * tenant). Each is refused with a typed error and a stable code ({@link BadInputCheck}), and
 * nothing is stored: no audit record, no event, no balance, no item, no reorder rule. Generated
 * text fuzzes the money and quantity parsers, which answer a typed error or a value. The other
 * contexts: {@link BadInputReceivablesTest}, {@link BadInputPersonnelTest},
 * {@link BadInputShipmentsTest}.
 */
class BadInputTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    private final List<DomainEvent> events = Collections.synchronizedList(new ArrayList<>());
    private final BackOffice backOffice = BackOffice.builder(new InMemoryAdapters()).eventPublisher(events::addAll).build();
    private final Actor alice = Actor.of("bad-input", "alice");
    private final Actor mallory = Actor.of("bad-input-other", "mallory");

    private final BadInputCheck check = new BadInputCheck(events);

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
        WarehouseSnapshot foreignWarehouse = backOffice.warehousing().openWarehouse(mallory, OpenWarehouse.of("MAIN", "Main"));
        backOffice.replenishment().setReorderRule(mallory, SetReorderRule.of(foreignItem.id(), foreignWarehouse.id(),
                Quantity.of(1, "pc"), Quantity.of(10, "pc")));

        check.watch("audit trail", () -> backOffice.auditTrail().records(alice, AuditQuery.all()).size())
                .watch("trial balance", () -> backOffice.financialReports().trialBalance(alice))
                .watch("items", () -> backOffice.itemCatalog().items(alice))
                .watch("reorder rules", () -> backOffice.replenishment().reorderRules(alice, main.id()))
                .watch("another tenant's reorder rules", () -> backOffice.replenishment().reorderRules(mallory,
                        foreignWarehouse.id()));

        // ---- journal entries ----
        String[] badTexts = {null, "", " ", "\t", repeat(501), "Sale\u0000", "Sale\u0007", "Sale\u001b[2J", "\u0085next line"};
        for (String text : badTexts) {
            check.refused("entry description " + printable(text), "validation.failed", () -> backOffice.ledger().post(alice,
                    NewJournalEntry.on(DAY, text).debit(cash.id(), eur("1.00")).credit(sales.id(), eur("1.00")).build()));
        }
        String[] badMemos = {repeat(501), "memo\u0000", "memo\u0008"};
        for (String memo : badMemos) {
            check.refused("memo " + printable(memo), "validation.failed", () -> backOffice.ledger().post(alice,
                    NewJournalEntry.on(DAY, "Sale").line(JournalLineInput.debit(cash.id(), eur("1.00")).withMemo(memo))
                            .credit(sales.id(), eur("1.00")).build()));
        }
        String[] badReferences = {repeat(129), "ref\u0000"};
        for (String reference : badReferences) {
            check.refused("reference " + printable(reference), "validation.failed", () -> backOffice.ledger().post(alice,
                    NewJournalEntry.on(DAY, "Sale").reference(reference).debit(cash.id(), eur("1.00"))
                            .credit(sales.id(), eur("1.00")).build()));
        }
        String[] badKeys = {"", repeat(129), "key\u0000"};
        for (String key : badKeys) {
            check.refused("idempotency key " + printable(key), "validation.failed", () -> backOffice.ledger().post(alice,
                    NewJournalEntry.on(DAY, "Sale").idempotencyKey(key).debit(cash.id(), eur("1.00"))
                            .credit(sales.id(), eur("1.00")).build()));
        }
        String[][] badDimensions = {{"", "x"}, {"department", ""}, {"Dept", "x"}, {"department", repeat(65)},
                {repeat(33), "x"}, {"department", "a\u0000"}, {"9lives", "x"}};
        for (String[] dimension : badDimensions) {
            check.refused("dimension " + printable(dimension[0]) + "=" + printable(dimension[1]), null, () -> backOffice.ledger().post(alice,
                    NewJournalEntry.on(DAY, "Sale").line(JournalLineInput.debit(cash.id(), eur("1.00"))
                                    .withDimension(dimension[0], dimension[1]))
                            .credit(sales.id(), eur("1.00")).build()));
        }
        check.refused("no date", "validation.failed", () -> backOffice.ledger().post(alice, NewJournalEntry.on(null, "Sale")
                .debit(cash.id(), eur("1.00")).credit(sales.id(), eur("1.00")).build()));
        LocalDate[] badDates = {LocalDate.of(2025, 12, 31), LocalDate.of(2027, 1, 1), LocalDate.MIN, LocalDate.MAX,
                LocalDate.of(1, 1, 1), LocalDate.of(0, 1, 1), LocalDate.of(10000, 1, 1)};
        for (LocalDate date : badDates) {
            check.refused("date " + date, date.getYear() < 1 || date.getYear() > 9999 ? "validation.failed"
                    : "ledger.period.not_found", () -> backOffice.ledger().post(alice, NewJournalEntry.on(date, "Sale")
                    .debit(cash.id(), eur("1.00")).credit(sales.id(), eur("1.00")).build()));
        }
        check.refused("no lines", "validation.failed", () -> backOffice.ledger().post(alice, NewJournalEntry.on(DAY, "Sale").build()));
        check.refused("one line", "validation.failed", () -> backOffice.ledger().post(alice, NewJournalEntry.on(DAY, "Sale")
                .debit(cash.id(), eur("1.00")).build()));
        check.refused("null line", "validation.failed", () -> backOffice.ledger().post(alice, NewJournalEntry.on(DAY, "Sale")
                .debit(cash.id(), eur("1.00")).line(null).build()));
        check.refused("null account", "validation.failed", () -> backOffice.ledger().post(alice, NewJournalEntry.on(DAY, "Sale")
                .debit(null, eur("1.00")).credit(sales.id(), eur("1.00")).build()));
        check.refused("null side", "validation.failed", () -> backOffice.ledger().post(alice, NewJournalEntry.on(DAY, "Sale")
                .line(new JournalLineInput(cash.id(), null, eur("1.00"), null, null)).credit(sales.id(), eur("1.00")).build()));
        check.refused("null amount", "validation.failed", () -> backOffice.ledger().post(alice, NewJournalEntry.on(DAY, "Sale")
                .debit(cash.id(), null).credit(sales.id(), eur("1.00")).build()));
        String[][] badAmounts = {{"0.00", "ledger.line.amount_not_positive"}, {"-1.00", "ledger.line.amount_not_positive"},
                {"-0.01", "ledger.line.amount_not_positive"}};
        for (String[] amount : badAmounts) {
            check.refused("amount " + amount[0], amount[1], () -> backOffice.ledger().post(alice, NewJournalEntry.on(DAY, "Sale")
                    .debit(cash.id(), eur(amount[0])).credit(sales.id(), eur(amount[0])).build()));
        }
        check.refused("unbalanced", "ledger.entry.unbalanced", () -> backOffice.ledger().post(alice, NewJournalEntry.on(DAY, "Sale")
                .debit(cash.id(), eur("1.00")).credit(sales.id(), eur("1.01")).build()));
        check.refused("unbalanced by a cent in a big entry", "ledger.entry.unbalanced", () -> backOffice.ledger().post(alice,
                NewJournalEntry.on(DAY, "Sale").debit(cash.id(), eur("99999999.99")).credit(sales.id(), eur("99999999.98"))
                        .credit(sales.id(), eur("0.02")).build()));
        check.refused("wrong currency for the account", "ledger.account.currency_mismatch", () -> backOffice.ledger().post(alice,
                NewJournalEntry.on(DAY, "Sale").debit(dollars.id(), eur("1.00")).credit(sales.id(), eur("1.00")).build()));
        check.refused("two currencies, each unbalanced", "ledger.entry.unbalanced", () -> backOffice.ledger().post(alice,
                NewJournalEntry.on(DAY, "Sale").debit(dollars.id(), Money.of("1.00", "USD")).credit(sales.id(), eur("1.00")).build()));
        check.refused("a parent account", "ledger.account.not_leaf", () -> backOffice.ledger().post(alice, NewJournalEntry.on(DAY, "Sale")
                .debit(parent.id(), eur("1.00")).credit(sales.id(), eur("1.00")).build()));
        check.refused("an unknown account", "ledger.account.not_found", () -> backOffice.ledger().post(alice, NewJournalEntry.on(DAY, "Sale")
                .debit(AccountId.of(UUID.randomUUID()), eur("1.00")).credit(sales.id(), eur("1.00")).build()));
        check.refused("another tenant's account", "ledger.account.not_found", () -> backOffice.ledger().post(alice,
                NewJournalEntry.on(DAY, "Sale").debit(foreign.id(), eur("1.00")).credit(sales.id(), eur("1.00")).build()));
        check.refused("a batch with one bad entry", "ledger.batch.rejected", () -> backOffice.ledger().postAll(alice, List.of(
                NewJournalEntry.on(DAY, "Good").debit(cash.id(), eur("1.00")).credit(sales.id(), eur("1.00")).build(),
                NewJournalEntry.on(DAY, "Bad").debit(cash.id(), eur("1.00")).credit(sales.id(), eur("2.00")).build())));
        check.refused("an empty batch", "validation.failed", () -> backOffice.ledger().postAll(alice, List.of()));
        check.refused("a null batch", "validation.failed", () -> backOffice.ledger().postAll(alice, null));
        check.refused("a null entry", "validation.failed", () -> backOffice.ledger().post(alice, null));
        check.refused("a null actor", "validation.failed", () -> backOffice.ledger().post(null,
                NewJournalEntry.on(DAY, "Sale").debit(cash.id(), eur("1.00")).credit(sales.id(), eur("1.00")).build()));
        check.refused("a pending entry expiring in the past", "ledger.pending.invalid_timeout", () -> backOffice.ledger().postPending(alice,
                NewPendingEntry.of(NewJournalEntry.on(DAY, "Hold").debit(cash.id(), eur("1.00")).credit(sales.id(), eur("1.00"))
                        .build(), Instant.parse("2000-01-01T00:00:00Z"))));
        check.refused("reversing an unknown entry", "ledger.entry.not_found", () -> backOffice.ledger().reverse(alice,
                ReverseJournalEntry.of(JournalEntryId.of(UUID.randomUUID()), DAY, "why")));
        check.refused("reversing without a date", "validation.failed", () -> backOffice.ledger().reverse(alice,
                ReverseJournalEntry.of(JournalEntryId.of(UUID.randomUUID()), null, "why")));
        check.refused("a functional currency that is null", "validation.failed", () -> backOffice.currencies().setFunctionalCurrency(alice,
                new SetFunctionalCurrency(null)));

        // ---- accounts and fiscal years ----
        String[] badCodes = {null, "", " ", "'; DROP TABLE bo_accounts;--", "1000 OR 1=1", "code with space", "-lead", repeat(33),
                "co\u0000de", "ünïcode", "1000", "<script>"};
        for (String code : badCodes) {
            check.refused("account code " + printable(code), "1000".equals(code) ? "ledger.account.code_taken" : "validation.failed",
                    () -> backOffice.chartOfAccounts().openAccount(alice, OpenAccount.of(code, "Name", AccountType.ASSET, EUR)));
        }
        String[] badNames = {null, "", "   ", repeat(201), "name\u0000", "name\u0019"};
        for (String name : badNames) {
            check.refused("account name " + printable(name), "validation.failed", () -> backOffice.chartOfAccounts().openAccount(alice,
                    OpenAccount.of("7777", name, AccountType.ASSET, EUR)));
        }
        check.refused("account without type", "validation.failed", () -> backOffice.chartOfAccounts().openAccount(alice,
                OpenAccount.of("7777", "Name", null, EUR)));
        check.refused("account without currency", "validation.failed", () -> backOffice.chartOfAccounts().openAccount(alice,
                OpenAccount.of("7777", "Name", AccountType.ASSET, null)));
        check.refused("account under another tenant's parent", "ledger.account.not_found", () -> backOffice.chartOfAccounts()
                .openAccount(alice, new OpenAccount("7777", "Name", AccountType.ASSET, EUR, foreign.id(), null)));
        check.refused("account under a parent of another type", "ledger.account.type_mismatch", () -> backOffice.chartOfAccounts()
                .openAccount(alice, new OpenAccount("7777", "Name", AccountType.ASSET, EUR, parent.id(), null)));
        check.refused("renaming to blank", "validation.failed", () -> backOffice.chartOfAccounts().renameAccount(alice, cash.id(), " "));
        check.refused("renaming another tenant's account", "ledger.account.not_found", () -> backOffice.chartOfAccounts()
                .renameAccount(alice, foreign.id(), "Mine now"));
        check.refused("fiscal year overlapping", "ledger.fiscal_year.overlaps", () -> backOffice.fiscalCalendar().openFiscalYear(alice,
                OpenFiscalYear.of("2026b", LocalDate.of(2026, 6, 1))));
        check.refused("fiscal year starting mid-month", "ledger.fiscal_year.invalid_start", () -> backOffice.fiscalCalendar()
                .openFiscalYear(alice, OpenFiscalYear.of("odd", LocalDate.of(2030, 1, 15))));
        check.refused("fiscal year without start", "validation.failed", () -> backOffice.fiscalCalendar().openFiscalYear(alice,
                OpenFiscalYear.of("none", null)));
        check.refused("fiscal year named with a NUL", "validation.failed", () -> backOffice.fiscalCalendar().openFiscalYear(alice,
                OpenFiscalYear.of("y\u0000", LocalDate.of(2031, 1, 1))));

        // ---- stock ----
        String[] badSkus = {null, "", " ", "sku with space", "'; DELETE FROM items;--", repeat(65), "s\u0000", "BOLT-1"};
        for (String sku : badSkus) {
            check.refused("sku " + printable(sku), "BOLT-1".equals(sku) ? "stock.item.sku_taken" : "validation.failed",
                    () -> backOffice.itemCatalog().createItem(alice, CreateItem.of(sku, "Name", UnitOfMeasure.of("pc"))));
        }
        check.refused("item without unit", "validation.failed", () -> backOffice.itemCatalog().createItem(alice,
                CreateItem.of("NUT-1", "Nut", null)));
        check.refused("item named with a control character", "validation.failed", () -> backOffice.itemCatalog().createItem(alice,
                CreateItem.of("NUT-1", "Nut\u0003", UnitOfMeasure.of("pc"))));
        String[] badWarehouseCodes = {"", "main hall", repeat(33), "w\u0000", "MAIN"};
        for (String code : badWarehouseCodes) {
            check.refused("warehouse " + printable(code), "MAIN".equals(code) ? null : "validation.failed",
                    () -> backOffice.warehousing().openWarehouse(alice, OpenWarehouse.of(code, "Hall")));
        }
        check.refused("receipt of zero", null, () -> backOffice.inventory().move(alice,
                NewStockMove.receipt(bolt.id(), Quantity.of(0, "pc"), shelf.id())));
        check.refused("receipt of a negative quantity", null, () -> backOffice.inventory().move(alice,
                NewStockMove.receipt(bolt.id(), Quantity.of(-5, "pc"), shelf.id())));
        check.refused("receipt in an unknown unit", null, () -> backOffice.inventory().move(alice,
                NewStockMove.receipt(bolt.id(), Quantity.of(5, "kg"), shelf.id())));
        check.refused("receipt of half a piece", null, () -> backOffice.inventory().move(alice,
                NewStockMove.receipt(bolt.id(), Quantity.of("0.5", "pc"), shelf.id())));
        check.refused("receipt of another tenant's item", null, () -> backOffice.inventory().move(alice,
                NewStockMove.receipt(foreignItem.id(), Quantity.of(5, "pc"), shelf.id())));
        check.refused("receipt of an unknown item", null, () -> backOffice.inventory().move(alice,
                NewStockMove.receipt(ItemId.of(UUID.randomUUID()), Quantity.of(5, "pc"), shelf.id())));
        check.refused("receipt without destination", null, () -> backOffice.inventory().move(alice,
                NewStockMove.receipt(bolt.id(), Quantity.of(5, "pc"), null)));
        check.refused("issue of stock that is not there", "stock.quantity.insufficient", () -> backOffice.inventory().move(alice,
                NewStockMove.issue(bolt.id(), Quantity.of(5, "pc"), shelf.id())));
        check.refused("reservation above stock", null, () -> backOffice.reservations().reserve(alice,
                ReserveStock.of(bolt.id(), "order-1", Quantity.of(5, "pc"))));
        check.refused("reservation for a blank demand", "validation.failed", () -> backOffice.reservations().reserve(alice,
                ReserveStock.of(bolt.id(), " ", Quantity.of(1, "pc"))));
        check.refused("reservation for a demand with a NUL", "validation.failed", () -> backOffice.reservations().reserve(alice,
                ReserveStock.of(bolt.id(), "order\u0000", Quantity.of(1, "pc"))));
        check.refused("reservation of nothing", null, () -> backOffice.reservations().reserve(alice,
                ReserveStock.of(bolt.id(), "order-1", Quantity.of(0, "pc"))));

        // ---- replenishment: reorder rules ----
        Quantity[][] badRules = {{Quantity.of(-1, "pc"), Quantity.of(10, "pc"), null},
                {Quantity.of(10, "pc"), Quantity.of(5, "pc"), null},
                {Quantity.of(0, "pc"), Quantity.of(10, "pc"), Quantity.of(0, "pc")},
                {Quantity.of(0, "pc"), Quantity.of(10, "pc"), Quantity.of(-2, "pc")},
                {Quantity.of("0.5", "pc"), Quantity.of(10, "pc"), null},
                {Quantity.of(1, "kg"), Quantity.of(10, "pc"), null},
                {Quantity.of(1, "pc"), Quantity.of(10, "litre"), null}};
        String[] ruleCodes = {"stock.reorder_rule.minimum_negative", "stock.reorder_rule.maximum_below_minimum",
                "stock.reorder_rule.multiple_not_positive", "stock.reorder_rule.multiple_not_positive",
                "stock.quantity.too_precise", "stock.unit.unknown", "stock.unit.unknown"};
        for (int i = 0; i < badRules.length; i++) {
            Quantity[] rule = badRules[i];
            check.refused("reorder rule min " + rule[0] + " max " + rule[1] + " multiple " + rule[2], ruleCodes[i],
                    () -> backOffice.replenishment().setReorderRule(alice,
                            new SetReorderRule(bolt.id(), main.id(), rule[0], rule[1], rule[2])));
        }
        check.refused("reorder rule without item", "validation.failed", () -> backOffice.replenishment().setReorderRule(alice,
                SetReorderRule.of(null, main.id(), Quantity.of(1, "pc"), Quantity.of(10, "pc"))));
        check.refused("reorder rule without warehouse", "validation.failed", () -> backOffice.replenishment().setReorderRule(alice,
                SetReorderRule.of(bolt.id(), null, Quantity.of(1, "pc"), Quantity.of(10, "pc"))));
        check.refused("reorder rule without minimum", "validation.failed", () -> backOffice.replenishment().setReorderRule(alice,
                SetReorderRule.of(bolt.id(), main.id(), null, Quantity.of(10, "pc"))));
        check.refused("reorder rule without maximum", "validation.failed", () -> backOffice.replenishment().setReorderRule(alice,
                SetReorderRule.of(bolt.id(), main.id(), Quantity.of(1, "pc"), null)));
        check.refused("reorder rule for another tenant's item", "stock.item.not_found", () -> backOffice.replenishment()
                .setReorderRule(alice, SetReorderRule.of(foreignItem.id(), main.id(), Quantity.of(1, "pc"), Quantity.of(10, "pc"))));
        check.refused("reorder rule in another tenant's warehouse", "stock.warehouse.not_found", () -> backOffice.replenishment()
                .setReorderRule(alice, SetReorderRule.of(bolt.id(), foreignWarehouse.id(), Quantity.of(1, "pc"),
                        Quantity.of(10, "pc"))));
        check.refused("reorder rule in an unknown warehouse", "stock.warehouse.not_found", () -> backOffice.replenishment()
                .setReorderRule(alice, SetReorderRule.of(bolt.id(), WarehouseId.of(UUID.randomUUID()), Quantity.of(1, "pc"),
                        Quantity.of(10, "pc"))));
        check.refused("removing a reorder rule that does not exist", "stock.reorder_rule.not_found", () -> backOffice.replenishment()
                .removeReorderRule(alice, RemoveReorderRule.of(bolt.id(), main.id())));
        check.refused("removing without an item", "validation.failed", () -> backOffice.replenishment()
                .removeReorderRule(alice, RemoveReorderRule.of(null, main.id())));
        check.refused("removing another tenant's reorder rule", "stock.reorder_rule.not_found", () -> backOffice.replenishment()
                .removeReorderRule(alice, RemoveReorderRule.of(foreignItem.id(), foreignWarehouse.id())));

        check.report("R7", "bad-input", 100);
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
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
