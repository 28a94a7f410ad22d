package dev.backoffice.reliability;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.api.JournalEntrySnapshot;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.api.NewPendingEntry;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.api.PartySnapshot;
import dev.backoffice.accounts.api.PendingEntrySnapshot;
import dev.backoffice.accounts.api.RegisterParty;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.common.Actor;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.Money;
import dev.backoffice.common.Quantity;
import dev.backoffice.inmemory.InMemoryAdapters;
import dev.backoffice.personnel.api.CreateDepartment;
import dev.backoffice.personnel.api.DepartmentSnapshot;
import dev.backoffice.personnel.api.EmployeeSnapshot;
import dev.backoffice.personnel.api.HireEmployee;
import dev.backoffice.shipments.api.AdvanceShipment;
import dev.backoffice.shipments.api.AuthorizeReturn;
import dev.backoffice.shipments.api.DraftShipment;
import dev.backoffice.shipments.api.PackShipment;
import dev.backoffice.shipments.api.RecordDelivery;
import dev.backoffice.shipments.domain.Address;
import dev.backoffice.shipments.domain.ShipmentId;
import dev.backoffice.stock.api.CreateItem;
import dev.backoffice.stock.api.NewStockMove;
import dev.backoffice.stock.api.OpenWarehouse;
import dev.backoffice.stock.api.ReservationResult;
import dev.backoffice.stock.api.ReserveStock;
import dev.backoffice.stock.api.StockItemSnapshot;
import dev.backoffice.stock.api.StockMoveSnapshot;
import dev.backoffice.stock.api.WarehouseSnapshot;
import dev.backoffice.stock.domain.UnitOfMeasure;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R8 tenant isolation, generically: tenant A keeps a ledger, stock, shipments (a delivered one with a
 * customer return), staff and customers; then an
 * actor of tenant B calls every method of every capability of the back office (found by reflection,
 * so a new one is covered without a change here), with every id argument and every id inside a
 * command set to one of tenant A's ids. No answer may contain anything of tenant A, and tenant A's
 * data must read the same afterwards.
 */
class TenantIsolationTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    private final BackOffice backOffice = BackOffice.builder(new InMemoryAdapters()).build();
    private final Actor alice = Actor.of("tenant-a", "alice");
    private final Actor bob = Actor.of("tenant-b", "bob");
    /** One id of tenant A per id type. */
    private final Map<Class<?>, Object> idsOfA = new HashMap<>();

    private void remember(Object id) {
        idsOfA.put(id.getClass(), id);
    }

    private void tenantAKeepsItsBooks() {
        remember(backOffice.fiscalCalendar().openFiscalYear(alice, OpenFiscalYear.calendarYear(2026)).id());
        backOffice.fiscalCalendar().openFiscalYear(bob, OpenFiscalYear.calendarYear(2026));
        AccountSnapshot cash = backOffice.chartOfAccounts().openAccount(alice, OpenAccount.of("1000", "Cash", AccountType.ASSET, EUR));
        AccountSnapshot sales = backOffice.chartOfAccounts().openAccount(alice, OpenAccount.of("4000", "Sales", AccountType.REVENUE, EUR));
        remember(cash.id());
        JournalEntrySnapshot entry = backOffice.ledger().post(alice, NewJournalEntry.on(DAY, "Sale")
                .debit(cash.id(), Money.of("10.00", EUR)).credit(sales.id(), Money.of("10.00", EUR)).build());
        remember(entry.id());
        PendingEntrySnapshot pending = backOffice.ledger().postPending(alice, NewPendingEntry.of(NewJournalEntry.on(DAY, "Hold")
                .debit(cash.id(), Money.of("1.00", EUR)).credit(sales.id(), Money.of("1.00", EUR)).build(), null));
        remember(pending.id());
        StockItemSnapshot item = backOffice.itemCatalog().createItem(alice, CreateItem.of("BOLT", "Bolt", UnitOfMeasure.of("pc")));
        remember(item.id());
        WarehouseSnapshot warehouse = backOffice.warehousing().openWarehouse(alice, OpenWarehouse.of("MAIN", "Main"));
        remember(warehouse.id());
        remember(warehouse.rootLocation());
        StockMoveSnapshot receipt = backOffice.inventory().move(alice,
                NewStockMove.receipt(item.id(), Quantity.of(10, "pc"), warehouse.rootLocation()));
        remember(receipt.id());
        ReservationResult reserved = backOffice.reservations().reserve(alice,
                ReserveStock.of(item.id(), "order-1", Quantity.of(2, "pc")));
        remember(reserved.reservations().get(0).id());
        ShipmentId shipment = backOffice.shipping().draft(alice, DraftShipment.of(warehouse.rootLocation(),
                Address.of("DE", "10115", "Invalidenstr. 1"), DAY).line(item.id(), Quantity.of(3, "pc"))).id();
        backOffice.shipping().confirm(alice, AdvanceShipment.of(shipment));
        backOffice.shipping().pick(alice, AdvanceShipment.of(shipment));
        backOffice.shipping().pack(alice, PackShipment.of(shipment).box("BOX", Quantity.of(1, "kg"),
                Quantity.of(30, "cm"), Quantity.of(20, "cm"), Quantity.of(10, "cm")));
        backOffice.shipping().ship(alice, AdvanceShipment.of(shipment));
        backOffice.shipping().recordDelivery(alice, RecordDelivery.of(shipment, "Ms Smith"));
        remember(shipment);
        remember(backOffice.returns().authorize(alice, AuthorizeReturn.of(shipment)
                .line(item.id(), Quantity.of(1, "pc"))).id());
        EmployeeSnapshot employee = backOffice.employees().hire(alice, HireEmployee.of("E1", "Ada", "Lovelace", DAY));
        remember(employee.id());
        DepartmentSnapshot department = backOffice.organisation().createDepartment(alice, CreateDepartment.root("FIN", "Finance"));
        remember(department.id());
        PartySnapshot customer = backOffice.parties().register(alice, RegisterParty.customer("Acme", 30, EUR));
        remember(customer.id());
    }

    /** What tenant A sees of its own data. */
    private String stateOfA() {
        StockItemSnapshot item = backOffice.itemCatalog().items(alice).get(0);
        return String.join("\n",
                backOffice.chartOfAccounts().accounts(alice).toString(),
                backOffice.financialReports().trialBalance(alice).toString(),
                backOffice.ledger().pendingEntry(alice, (dev.backoffice.accounts.domain.PendingEntryId)
                        idsOfA.get(dev.backoffice.accounts.domain.PendingEntryId.class)).toString(),
                backOffice.itemCatalog().items(alice).toString(),
                backOffice.inventory().levels(alice, item.id()).toString(),
                backOffice.employees().employees(alice).toString(),
                backOffice.organisation().departments(alice).toString(),
                backOffice.parties().party(alice, (dev.backoffice.accounts.domain.PartyId)
                        idsOfA.get(dev.backoffice.accounts.domain.PartyId.class)).toString(),
                backOffice.shipping().shipment(alice, (ShipmentId) idsOfA.get(ShipmentId.class)).toString(),
                backOffice.returns().returnsOf(alice, (ShipmentId) idsOfA.get(ShipmentId.class)).toString());
    }

    @Test
    void anActorOfAnotherTenantNeitherReadsNorChangesAnything() throws Exception {
        tenantAKeepsItsBooks();
        String before = stateOfA();
        List<String> idTexts = idsOfA.values().stream().map(TenantIsolationTest::uuidText).toList();

        List<String> anomalies = new ArrayList<>();
        int calls = 0;
        int refused = 0;
        for (Capabilities.UseCase useCase : Capabilities.useCases()) {
            Method method = useCase.method();
            Object capability = useCase.accessor().invoke(backOffice);
            Object[] arguments = new Object[method.getParameterCount()];
            arguments[0] = bob;
            for (int i = 1; i < arguments.length; i++) {
                arguments[i] = valueOf(method.getParameterTypes()[i], 0);
            }
            String name = useCase.name();
            calls++;
            try {
                Object answer = method.invoke(capability, arguments);
                String text = String.valueOf(answer);
                for (String id : idTexts) {
                    if (text.contains(id)) {
                        anomalies.add(name + " answered with tenant A's " + id);
                    }
                }
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof BackOfficeException) {
                    refused++;
                } else {
                    anomalies.add(name + " failed untyped: " + e.getCause());
                }
            }
        }
        String after = stateOfA();
        if (!after.equals(before)) {
            anomalies.add("tenant A's data changed");
        }
        System.out.println("RELIABILITY R8 tenant-isolation threads=1 operations=" + calls + " refused=" + refused
                + " anomalies=" + anomalies.size());
        assertThat(anomalies).isEmpty();
        assertThat(calls).isGreaterThan(100);
        assertThat(after).isEqualTo(before);
    }

    private static String uuidText(Object id) {
        for (RecordComponent component : id.getClass().getRecordComponents()) {
            if (component.getType() == UUID.class) {
                try {
                    return component.getAccessor().invoke(id).toString();
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException("no uuid in " + id);
    }


    /** A plausible value of the type: tenant A's id for an id type, a command filled the same way, simple values else. */
    private Object valueOf(Class<?> type, int depth) {
        Object id = idsOfA.get(type);
        if (id != null) {
            return id;
        }
        if (type == String.class) {
            return "r8";
        }
        if (type == int.class || type == Integer.class) {
            return 10;
        }
        if (type == long.class || type == Long.class) {
            return 10L;
        }
        if (type == boolean.class || type == Boolean.class) {
            return false;
        }
        if (type == LocalDate.class) {
            return DAY;
        }
        if (type == Instant.class) {
            return Instant.parse("2026-03-11T00:00:00Z");
        }
        if (type == Period.class) {
            return Period.ofYears(1);
        }
        if (type == Money.class) {
            return Money.of("1.00", EUR);
        }
        if (type == BigDecimal.class) {
            return BigDecimal.ONE;
        }
        if (type == Quantity.class) {
            return Quantity.of(1, "pc");
        }
        if (type == Currency.class) {
            return EUR;
        }
        if (type == UUID.class) {
            return UUID.randomUUID();
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == List.class || type == Collection.class) {
            return List.of();
        }
        if (type == Set.class) {
            return Set.of();
        }
        if (type == Map.class) {
            return Map.of();
        }
        if (type == Optional.class) {
            return Optional.empty();
        }
        if (type.isRecord() && depth < 4) {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = valueOf(types[i], depth + 1);
            }
            try {
                Constructor<?> canonical = type.getDeclaredConstructor(types);
                canonical.setAccessible(true);
                return canonical.newInstance(values);
            } catch (InvocationTargetException refusedByTheRecord) {
                return null; // the record's own checks refuse these values: the call gets null instead
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot build " + type, e);
            }
        }
        return null;
    }
}
