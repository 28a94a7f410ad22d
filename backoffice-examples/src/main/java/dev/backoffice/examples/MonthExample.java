package dev.backoffice.examples;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.AgingReport;
import dev.backoffice.accounts.api.AgingRequest;
import dev.backoffice.accounts.api.AllocatePayment;
import dev.backoffice.accounts.api.ApprovePayment;
import dev.backoffice.accounts.api.AuthorizeCharge;
import dev.backoffice.accounts.api.BalanceSheet;
import dev.backoffice.accounts.api.CaptureCharge;
import dev.backoffice.accounts.api.ChartOfAccounts;
import dev.backoffice.accounts.api.ConfigureReceivables;
import dev.backoffice.accounts.api.DraftInvoice;
import dev.backoffice.accounts.api.FiscalYearSnapshot;
import dev.backoffice.accounts.api.GatewayChargeSnapshot;
import dev.backoffice.accounts.api.IncomeStatement;
import dev.backoffice.accounts.api.InvoiceLineInput;
import dev.backoffice.accounts.api.InvoiceSnapshot;
import dev.backoffice.accounts.api.IssueInvoice;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.api.PartySnapshot;
import dev.backoffice.accounts.api.PaymentSnapshot;
import dev.backoffice.accounts.api.RecordPayment;
import dev.backoffice.accounts.api.RegisterParty;
import dev.backoffice.accounts.api.TrialBalance;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.Address;
import dev.backoffice.accounts.domain.InvoiceKind;
import dev.backoffice.accounts.domain.TaxRounding;
import dev.backoffice.accounts.spi.TaxPolicy;
import dev.backoffice.audit.api.AuditQuery;
import dev.backoffice.common.Actor;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.Money;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.TenantId;
import dev.backoffice.common.spi.AccessPolicy;
import dev.backoffice.inmemory.InMemoryCarrier;
import dev.backoffice.inmemory.InMemoryPaymentGateway;
import dev.backoffice.jpa.JpaAdapters;
import dev.backoffice.personnel.api.ConfigurePayrollAccounts;
import dev.backoffice.personnel.api.CreateDepartment;
import dev.backoffice.personnel.api.CreatePosition;
import dev.backoffice.personnel.api.DefineLeaveType;
import dev.backoffice.personnel.api.EmployeeSnapshot;
import dev.backoffice.personnel.api.HireEmployee;
import dev.backoffice.personnel.api.LeaveBalanceSnapshot;
import dev.backoffice.personnel.api.LeaveRequestSnapshot;
import dev.backoffice.personnel.api.LeaveTypeSnapshot;
import dev.backoffice.personnel.api.PayrollRunSnapshot;
import dev.backoffice.personnel.api.RequestLeave;
import dev.backoffice.personnel.api.RunPayroll;
import dev.backoffice.personnel.api.StartContract;
import dev.backoffice.personnel.domain.ContractType;
import dev.backoffice.personnel.domain.DepartmentId;
import dev.backoffice.personnel.domain.EmployeeId;
import dev.backoffice.personnel.domain.PositionId;
import dev.backoffice.personnel.spi.FlatRatePayrollRules.Rate;
import dev.backoffice.personnel.spi.FlatRatePayrollRules;
import dev.backoffice.shipments.api.AdvanceShipment;
import dev.backoffice.shipments.api.BookCarrier;
import dev.backoffice.shipments.api.CarrierQuote;
import dev.backoffice.shipments.api.DraftShipment;
import dev.backoffice.shipments.api.PackShipment;
import dev.backoffice.shipments.api.PickingList;
import dev.backoffice.shipments.api.RecordTracking;
import dev.backoffice.shipments.api.ShipmentSnapshot;
import dev.backoffice.shipments.domain.CarrierBooking;
import dev.backoffice.shipments.domain.TrackingStatus;
import dev.backoffice.stock.api.AddLocation;
import dev.backoffice.stock.api.ConfigureStockValuation;
import dev.backoffice.stock.api.CreateItem;
import dev.backoffice.stock.api.NewStockMove;
import dev.backoffice.stock.api.OpenWarehouse;
import dev.backoffice.stock.api.ValuationReport;
import dev.backoffice.stock.api.WarehouseSnapshot;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.UnitOfMeasure;
import dev.backoffice.stock.domain.ValuationMethod;

import javax.sql.DataSource;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static dev.backoffice.accounts.api.AllocatePayment.part;

/**
 * A small company's month across every context, on a real database through the JPA adapter:
 * Northwind Espresso hires its staff, receives grinders and tampers into stock at their cost and
 * books the supplier's bill, ships two orders with a carrier and invoices them, takes a card
 * payment through the payment gateway, approves leave, runs and posts payroll, and closes
 * January. Then it prints the reports a small company reads at month end and checks that they
 * agree with each other.
 *
 * <p>The back office is wired the way a host wires it: the JPA adapter over a {@link DataSource},
 * an {@link AccessPolicy} that gives each person their role, the tax rates and payroll rules of
 * the company, the in-memory payment gateway and carrier standing in for the outside services,
 * and a clock that tells the story's days. People act with distinct roles: the clerk books, the
 * controller approves and closes, the owner approves what the controller asked for; nobody
 * approves their own payment or payroll.
 *
 * <p>It runs on the database {@link ExampleHost} chooses: an H2 file database under {@code target/}
 * by default, PostgreSQL when {@code BACKOFFICE_JDBC_URL} names one.
 */
public final class MonthExample {

    static final Currency EUR = Money.currency("EUR");
    static final LocalDate YEAR_START = LocalDate.of(2026, 1, 1);
    static final LocalDate MONTH_END = LocalDate.of(2026, 1, 31);
    static final YearMonth MONTH = YearMonth.of(2026, 1);

    /**
     * Who may do what: each person's grants, a grant ending with a dot covering every permission
     * under it. A host would take this from its own user directory.
     */
    static final Map<String, List<String>> ROLES = Map.of(
            "olga.owner", List.of("*"),
            "carl.controller", List.of("ledger.", "receivables.", "personnel.payroll.", "personnel.employee.read",
                    "stock.read", "stock.valuation.configure", "audit.read"),
            "anna.clerk", List.of("ledger.entry.post", "ledger.read", "receivables.party.", "receivables.invoice.",
                    "receivables.payment.record", "receivables.gateway.", "receivables.read"),
            "hanna.hr", List.of("personnel.employee.", "personnel.personal_data.read", "personnel.organisation.",
                    "personnel.contract.", "personnel.leave_type.", "personnel.leave.read", "personnel.payroll.configure",
                    "personnel.payroll.prepare", "personnel.payroll.read", "ledger.read"),
            "mia.manager", List.of("personnel.leave.decide", "personnel.leave.read", "personnel.employee.read", "stock.",
                    "shipments."),
            "tom.warehouse", List.of("personnel.leave.request", "personnel.leave.read", "stock.", "shipments.",
                    "ledger.entry.post"));

    private final PrintStream out;
    private final ReportPrinter print;
    private final ScenarioClock clock = new ScenarioClock(YEAR_START);
    private final InMemoryPaymentGateway paymentGateway = new InMemoryPaymentGateway();
    private final InMemoryCarrier carrier = new InMemoryCarrier();
    private final BackOffice backOffice;
    private final Actor owner;
    private final Actor controller;
    private final Actor clerk;
    private final Actor hr;
    private final Actor manager;
    private final Actor warehouseman;
    private final Map<String, AccountId> accounts = new LinkedHashMap<>();
    private final Map<String, EmployeeId> employees = new LinkedHashMap<>();
    private final Map<String, String> employeeNames = new LinkedHashMap<>();
    private final List<String> failedChecks = new ArrayList<>();
    private final List<CarrierBooking> freight = new ArrayList<>();

    private FiscalYearSnapshot year;
    private PartySnapshot supplier;
    private PartySnapshot cafe;
    private PartySnapshot hotel;
    private ItemId grinder;
    private ItemId tamper;
    private LocationId warehouse;
    private LocationId shelf;
    private InvoiceSnapshot supplierBill;
    private InvoiceSnapshot cafeInvoice;

    /** The month over the host's JPA adapters (the host closes them), in a tenant of its own. */
    MonthExample(JpaAdapters adapters, TenantId tenant, PrintStream out) {
        this.out = out;
        this.print = new ReportPrinter(out);
        this.backOffice = BackOffice.builder(adapters)
                .clock(clock)
                .accessPolicy(MonthExample::permits)
                .taxPolicy(TaxPolicy.percentages(Map.of("STD", new BigDecimal("20")), false, TaxRounding.PER_LINE))
                .payrollRules(new FlatRatePayrollRules(
                        List.of(new Rate("income_tax", new BigDecimal("0.15")), new Rate("social_security", new BigDecimal("0.08"))),
                        List.of(new Rate("employer_social_security", new BigDecimal("0.12")))))
                .paymentGateway(paymentGateway)
                .carrierGateway(carrier)
                .build();
        this.owner = Actor.of(tenant, "olga.owner");
        this.controller = Actor.of(tenant, "carl.controller");
        this.clerk = Actor.of(tenant, "anna.clerk");
        this.hr = Actor.of(tenant, "hanna.hr");
        this.manager = Actor.of(tenant, "mia.manager");
        this.warehouseman = Actor.of(tenant, "tom.warehouse");
    }

    public static void main(String[] args) {
        ExampleHost.main("northwind", (dataSource, tenant) -> {
            try (JpaAdapters adapters = JpaAdapters.create(dataSource)) {
                new MonthExample(adapters, tenant, System.out).run();
            }
        });
    }

    static boolean permits(Actor actor, String permission) {
        return ROLES.getOrDefault(actor.id(), List.of()).stream().anyMatch(grant -> grant.equals("*")
                || grant.equals(permission) || grant.endsWith(".") && permission.startsWith(grant));
    }

    /** The month's figures, as the reports gave them. */
    record MonthFigures(TrialBalance trialBalance, BalanceSheet balanceSheet, IncomeStatement incomeStatement,
                        AgingReport receivablesAging, Money receivableAccount, ValuationReport stockValuation,
                        Money inventoryAccount, Money receivedNotBilledAccount, PayrollRunSnapshot payroll,
                        List<String> failedChecks) {
    }

    /** Tells the month and returns its figures; refusals the story does not expect propagate. */
    MonthFigures run() {
        out.println("Northwind Espresso, January 2026 (tenant " + clerk.tenant().value() + ")");
        setUpBooks();
        hireStaff();
        openWarehouse();
        buyStock();
        paySupplier();
        sell();
        takeCardPayment();
        approveLeave();
        restock();
        runPayroll();
        billFreight();
        PayrollRunSnapshot payroll = backOffice.payroll().payrollRuns(controller, MONTH).get(0);
        closeMonth();
        return reports(payroll);
    }

    // --- the books --------------------------------------------------------------------------

    private void setUpBooks() {
        print.step("2026-01-01  The books: fiscal year 2026, chart of accounts, who may do what");
        year = backOffice.fiscalCalendar().openFiscalYear(controller, OpenFiscalYear.calendarYear(2026));
        ChartOfAccounts chart = backOffice.chartOfAccounts();
        open(chart, "bank", "1000", "Bank", AccountType.ASSET, null);
        open(chart, "clearing", "1100", "Card payments clearing", AccountType.ASSET, null);
        open(chart, "receivable", "1200", "Accounts receivable", AccountType.ASSET, null);
        open(chart, "inputTax", "1250", "Input VAT", AccountType.ASSET, null);
        open(chart, "advances", "1260", "Supplier advances", AccountType.ASSET, null);
        open(chart, "inventory", "1300", "Inventory", AccountType.ASSET, null);
        open(chart, "payable", "2000", "Accounts payable", AccountType.LIABILITY, null);
        open(chart, "receivedNotBilled", "2050", "Stock received not billed", AccountType.LIABILITY, null);
        open(chart, "customerCredit", "2100", "Customer credit", AccountType.LIABILITY, null);
        open(chart, "outputTax", "2200", "Output VAT", AccountType.LIABILITY, null);
        open(chart, "payrollLiabilities", "2300", "Payroll taxes and social security", AccountType.LIABILITY, null);
        open(chart, "netPay", "2310", "Net pay payable", AccountType.LIABILITY, null);
        open(chart, "capital", "3000", "Owner's capital", AccountType.EQUITY, null);
        open(chart, "sales", "4000", "Sales", AccountType.REVENUE, null);
        open(chart, "costOfGoodsSold", "5000", "Cost of goods sold", AccountType.EXPENSE, null);
        open(chart, "priceVariance", "5100", "Purchase price variance", AccountType.EXPENSE, null);
        open(chart, "inventoryLoss", "5200", "Inventory loss and gain", AccountType.EXPENSE, null);
        open(chart, "opex", "6000", "Operating expenses", AccountType.EXPENSE, null);
        open(chart, "rent", "6100", "Rent", AccountType.EXPENSE, "opex");
        open(chart, "salaries", "6200", "Salaries", AccountType.EXPENSE, "opex");
        open(chart, "employerContributions", "6210", "Employer social security", AccountType.EXPENSE, "opex");
        open(chart, "cardFees", "6300", "Card fees", AccountType.EXPENSE, "opex");
        open(chart, "freight", "6400", "Freight out", AccountType.EXPENSE, "opex");
        open(chart, "otherExpenses", "6900", "Other expenses", AccountType.EXPENSE, "opex");
        print.say(accounts.size() + " accounts opened by carl.controller");

        backOffice.receivablesSettings().configure(controller, new ConfigureReceivables(EUR, account("receivable"),
                account("customerCredit"), account("sales"), account("outputTax"), account("payable"), account("advances"),
                account("otherExpenses"), account("inputTax"), account("bank"), account("clearing"), eur("5000.00")));
        print.say("Receivables and payables post to 1200 / 2000; outgoing payments above EUR 5000.00 need an approval");
        backOffice.stockValuation().configure(controller, ConfigureStockValuation.posting(EUR, account("inventory"),
                account("costOfGoodsSold"), account("receivedNotBilled"), account("priceVariance"), account("inventoryLoss")));
        print.say("Stock is valued in EUR and every move posts: inventory 1300, cost of goods sold 5000, "
                + "received not billed 2050");
        ROLES.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(role -> print.say(String.format("%-16s may %s", role.getKey(), String.join(", ", role.getValue()))));

        clock.on(LocalDate.of(2026, 1, 2));
        post(LocalDate.of(2026, 1, 2), "Owner's capital paid in", "bank", "capital", "60000.00");
        post(LocalDate.of(2026, 1, 2), "January rent", "rent", "bank", "1800.00");
    }

    private void open(ChartOfAccounts chart, String key, String code, String name, AccountType type, String parent) {
        accounts.put(key, chart.openAccount(controller,
                new OpenAccount(code, name, type, EUR, parent == null ? null : account(parent), null)).id());
    }

    private AccountId account(String key) {
        AccountId id = accounts.get(key);
        if (id == null) {
            throw new IllegalArgumentException("no account " + key + " in the example's chart");
        }
        return id;
    }

    private void post(LocalDate date, String description, String debit, String credit, String amount) {
        Money money = eur(amount);
        backOffice.ledger().post(clerk, NewJournalEntry.on(date, description)
                .debit(account(debit), money).credit(account(credit), money).build());
        out.printf("  %s  %-40s %12s  (anna.clerk)%n", date, description, ReportPrinter.amount(money));
    }

    // --- stock and purchases ------------------------------------------------------------------

    private void openWarehouse() {
        print.step("2026-01-02  The warehouse and the items (tom.warehouse)");
        WarehouseSnapshot main = backOffice.warehousing().openWarehouse(warehouseman, OpenWarehouse.of("MAIN", "Main warehouse"));
        warehouse = main.rootLocation();
        shelf = backOffice.warehousing().addLocation(warehouseman, AddLocation.of(warehouse, "A", "Shelf A")).id();
        grinder = backOffice.itemCatalog().createItem(warehouseman,
                CreateItem.of("GR-100", "Espresso grinder GR-100", UnitOfMeasure.of("pc"))).id();
        tamper = backOffice.itemCatalog().createItem(warehouseman,
                CreateItem.of("TM-58", "Tamper 58 mm", UnitOfMeasure.of("pc")).valuedBy(ValuationMethod.MOVING_AVERAGE)).id();
        print.say("Warehouse MAIN with shelf MAIN/A; items GR-100 (grinder, valued FIFO) and TM-58 (tamper, moving "
                + "average), counted in pieces");
    }

    /** A line of a purchase: what came in, how many, at what cost each. */
    private record Purchase(ItemId item, String description, int pieces, String unitCost) {
    }

    private void buyStock() {
        clock.on(LocalDate.of(2026, 1, 5));
        print.step("2026-01-05  Buying stock: the goods received at cost (tom.warehouse), the supplier's bill (anna.clerk)");
        supplier = backOffice.parties().register(clerk, RegisterParty.supplier("Bergmann Mühlen GmbH", 30, EUR)
                .withAddresses(address("Mühlenweg 4", "80331", "München", "DE"), null));
        supplierBill = buy("BM-2026-0117", new Purchase(grinder, "Espresso grinder GR-100", 30, "180.00"),
                new Purchase(tamper, "Tamper 58 mm", 50, "9.00"));
    }

    private void restock() {
        clock.on(LocalDate.of(2026, 1, 22));
        print.step("2026-01-22  Restocking grinders: the supplier's price went up");
        buy("BM-2026-0164", new Purchase(grinder, "Espresso grinder GR-100", 10, "186.00"));
    }

    /**
     * Receives the goods at their cost, which posts inventory against stock received not billed, then
     * books the supplier's bill on stock received not billed, which clears it against the payable.
     */
    private InvoiceSnapshot buy(String theirReference, Purchase... purchases) {
        List<InvoiceLineInput> lines = new ArrayList<>();
        for (Purchase purchase : purchases) {
            backOffice.inventory().move(warehouseman, NewStockMove.receipt(purchase.item(), Quantity.of(purchase.pieces(), "pc"),
                    shelf).reference(theirReference).withUnitCost(eur(purchase.unitCost())));
            print.say("Received " + purchase.pieces() + " x " + backOffice.itemCatalog().item(warehouseman, purchase.item()).sku()
                    + " at " + purchase.unitCost() + " into MAIN/A");
            lines.add(InvoiceLineInput.of(purchase.description(), String.valueOf(purchase.pieces()), eur(purchase.unitCost()),
                    "STD").onAccount(account("receivedNotBilled")));
        }
        InvoiceSnapshot draft = backOffice.invoicing().draft(clerk,
                new DraftInvoice(InvoiceKind.SUPPLIER_BILL, supplier.id(), null, lines, theirReference, null));
        InvoiceSnapshot bill = backOffice.invoicing().issue(clerk, IssueInvoice.of(draft.id(), clock.today()));
        print.say("Bill " + bill.number() + " from " + supplier.name() + " (their " + bill.reference() + "): net "
                + ReportPrinter.amount(bill.totals().net()) + " + VAT " + ReportPrinter.amount(bill.totals().tax())
                + " = " + ReportPrinter.amount(bill.gross()) + ", due " + bill.dueDate());
        return bill;
    }

    private void paySupplier() {
        clock.on(LocalDate.of(2026, 1, 7));
        print.step("2026-01-07  Paying the supplier: above the threshold, so a second person approves");
        PaymentSnapshot payment = backOffice.payments().record(controller,
                RecordPayment.outgoing(supplier.id(), supplierBill.gross(), clock.today()).withReference("Transfer BM-2026-0117"));
        print.say("carl.controller records the transfer of " + payment.amount() + ": " + payment.status());
        refused("carl.controller approves his own payment",
                () -> backOffice.payments().approve(controller, new ApprovePayment(payment.id())));
        PaymentSnapshot approved = backOffice.payments().approve(owner, new ApprovePayment(payment.id()));
        print.say("olga.owner approves it: " + approved.status() + ", posted to the bank");
        backOffice.payments().allocate(controller,
                AllocatePayment.of(payment.id(), clock.today(), part(supplierBill.id(), supplierBill.gross())));
        print.say("Allocated to " + supplierBill.number() + ": "
                + backOffice.invoicing().invoice(clerk, supplierBill.id()).status());
    }

    // --- sales and the customer's payment -----------------------------------------------------

    /** What a customer ordered, and where it goes. */
    private record Order(String number, PartySnapshot customer, LocalDate day, Destination destination, int grinders,
                         int tampers, String grinderDiscount) {
    }

    /** A delivery address as the carrier needs it. */
    private record Destination(String country, String postalCode, String... lines) {

        dev.backoffice.shipments.domain.Address address() {
            return dev.backoffice.shipments.domain.Address.of(country, postalCode, lines);
        }
    }

    private void sell() {
        cafe = backOffice.parties().register(clerk, RegisterParty.customer("Café Lumière", 30, EUR)
                .withAddresses(address("12 rue des Lilas", "69003", "Lyon", "FR"), null));
        hotel = backOffice.parties().register(clerk, RegisterParty.customer("Hotel Astoria", 14, EUR)
                .withAddresses(address("Kärntner Ring 9", "1010", "Wien", "AT"), null));
        Order cafeOrder = new Order("SO-1001", cafe, LocalDate.of(2026, 1, 12),
                new Destination("FR", "69003", "Café Lumière", "12 rue des Lilas", "Lyon"), 10, 10, null);
        Order hotelOrder = new Order("SO-1002", hotel, LocalDate.of(2026, 1, 14),
                new Destination("AT", "1010", "Hotel Astoria", "Kärntner Ring 9", "Wien"), 6, 6, "5");
        ShipmentSnapshot toCafe = fulfil(cafeOrder);
        cafeInvoice = invoice(cafeOrder);
        ShipmentSnapshot toHotel = fulfil(hotelOrder);
        invoice(hotelOrder);

        clock.on(LocalDate.of(2026, 1, 16));
        print.step("2026-01-16  The carrier's tracking notifications arrive (tom.warehouse records them)");
        track(toCafe, LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 14), "J. Martin");
        track(toHotel, LocalDate.of(2026, 1, 14), LocalDate.of(2026, 1, 15), "K. Huber, front desk");
    }

    /** Ships an order: draft, confirm (stock reserved), pick, pack, book the carrier, ship (stock issued). */
    private ShipmentSnapshot fulfil(Order order) {
        clock.on(order.day());
        print.step(order.day() + "  Order " + order.number() + " from " + order.customer().name()
                + ": picked, packed, booked and shipped (tom.warehouse)");
        ShipmentSnapshot shipment = backOffice.shipping().draft(warehouseman,
                DraftShipment.of(warehouse, order.destination().address(), order.day().plusDays(3))
                        .reference(order.number())
                        .line(grinder, Quantity.of(order.grinders(), "pc"))
                        .line(tamper, Quantity.of(order.tampers(), "pc")));
        AdvanceShipment step = AdvanceShipment.of(shipment.id());
        shipment = backOffice.shipping().confirm(warehouseman, step);
        print.say("Confirmed: " + shipment.status() + ", the goods are reserved in MAIN");
        for (PickingList.Stop stop : backOffice.shipping().pickingList(warehouseman, shipment.id()).stops()) {
            for (PickingList.Pick pick : stop.picks()) {
                print.say("Pick at " + stop.code() + ": " + pick.quantity().value().toPlainString() + " "
                        + pick.quantity().unit() + " " + backOffice.itemCatalog().item(warehouseman, pick.item()).sku());
            }
        }
        backOffice.shipping().pick(warehouseman, step);
        shipment = backOffice.shipping().pack(warehouseman, PackShipment.of(shipment.id())
                .box("carton-L", kilograms(order.grinders() * 2), centimetres(60), centimetres(40), centimetres(40))
                .box("carton-S", kilograms(1 + order.tampers() / 2), centimetres(30), centimetres(20), centimetres(15)));
        print.say("Packed into " + shipment.packages().size() + " cartons");
        List<CarrierQuote> quotes = backOffice.carriers().quotes(warehouseman, shipment.id());
        print.say("Carrier quotes: " + String.join(", ", quotes.stream()
                .map(q -> q.service() + " " + q.price() + " in " + q.transitDays() + " days").toList()));
        shipment = backOffice.carriers().book(warehouseman,
                BookCarrier.cheapest(shipment.id()).withIdempotencyKey("book-" + order.number()));
        CarrierBooking booking = shipment.booking();
        print.say("Booked " + booking.service() + " for " + booking.price() + ", tracking "
                + String.join(" ", booking.trackingNumbers()));
        shipment = backOffice.shipping().ship(warehouseman, step);
        print.say("Shipped: " + shipment.status() + ", the goods left the warehouse");
        freight.add(booking);
        return shipment;
    }

    private InvoiceSnapshot invoice(Order order) {
        List<InvoiceLineInput> lines = new ArrayList<>();
        InvoiceLineInput grinders = InvoiceLineInput.of("Espresso grinder GR-100", String.valueOf(order.grinders()),
                eur("349.00"), "STD");
        lines.add(order.grinderDiscount() == null ? grinders : grinders.withDiscount(order.grinderDiscount()));
        lines.add(InvoiceLineInput.of("Tamper 58 mm", String.valueOf(order.tampers()), eur("24.00"), "STD"));
        InvoiceSnapshot draft = backOffice.invoicing().draft(clerk,
                new DraftInvoice(InvoiceKind.CUSTOMER_INVOICE, order.customer().id(), null, lines, order.number(), null));
        InvoiceSnapshot issued = backOffice.invoicing().issue(clerk, IssueInvoice.of(draft.id(), order.day()));
        print.say("Invoice " + issued.number() + " for " + order.number() + " (anna.clerk): " + issued.gross()
                + " incl. VAT " + ReportPrinter.amount(issued.totals().tax()) + ", due " + issued.dueDate());
        return issued;
    }

    /** Records the carrier's notifications of each package: on its way, then delivered and signed for. */
    private void track(ShipmentSnapshot shipment, LocalDate departed, LocalDate delivered, String signatory) {
        ShipmentSnapshot tracked = shipment;
        for (String number : shipment.booking().trackingNumbers()) {
            backOffice.carriers().recordTracking(warehouseman, new RecordTracking(number, number + "-transit",
                    TrackingStatus.IN_TRANSIT, departed.atTime(18, 0).toInstant(ZoneOffset.UTC), null));
            tracked = backOffice.carriers().recordTracking(warehouseman, new RecordTracking(number, number + "-delivered",
                    TrackingStatus.DELIVERED, delivered.atTime(11, 30).toInstant(ZoneOffset.UTC), signatory));
        }
        print.say(shipment.reference() + ": " + tracked.status() + " on " + delivered + ", signed by "
                + tracked.deliveryProof().signatory());
    }

    private static Quantity kilograms(int kg) {
        return Quantity.of(kg, "kg");
    }

    private static Quantity centimetres(int cm) {
        return Quantity.of(cm, "cm");
    }

    private void takeCardPayment() {
        clock.on(LocalDate.of(2026, 1, 16));
        print.step("2026-01-16  Café Lumière pays by card through the payment gateway (anna.clerk)");
        paymentGateway.declineNext("card expired");
        GatewayChargeSnapshot declined = backOffice.gatewayPayments().authorize(clerk,
                new AuthorizeCharge(cafe.id(), cafeInvoice.gross(), cafeInvoice.id(), "pm_card_4242", "cafe-jan-card-1"));
        print.say("First card: " + declined.status() + " (" + declined.declineReason() + "), nothing posted");
        GatewayChargeSnapshot authorized = backOffice.gatewayPayments().authorize(clerk,
                new AuthorizeCharge(cafe.id(), cafeInvoice.gross(), cafeInvoice.id(), "pm_card_5555", "cafe-jan-card-2"));
        print.say("Second card: " + authorized.status() + " for " + authorized.amount() + ", held on 1100 as pending "
                + backOffice.financialReports().balance(clerk, account("clearing")).pendingDebits());
        GatewayChargeSnapshot captured = backOffice.gatewayPayments().capture(clerk,
                new CaptureCharge(authorized.id(), null, clock.today(), "cafe-jan-capture"));
        print.say("Captured " + captured.captured() + ": invoice " + cafeInvoice.number() + " is "
                + backOffice.invoicing().invoice(clerk, cafeInvoice.id()).status());

        clock.on(LocalDate.of(2026, 1, 20));
        Money fee = captured.captured().times(new BigDecimal("0.014")).plus(eur("0.25"));
        Money payout = captured.captured().minus(fee);
        backOffice.ledger().post(clerk, NewJournalEntry.on(clock.today(), "Card payout, less the gateway's fee")
                .debit(account("bank"), payout).debit(account("cardFees"), fee)
                .credit(account("clearing"), captured.captured())
                .reference("payout:" + captured.gatewayReference()).build());
        print.say("2026-01-20  The gateway pays out " + payout + " to the bank, keeping a fee of " + fee);
    }

    // --- staff ----------------------------------------------------------------------------------

    /** One person to hire. */
    private record Hire(String number, String givenName, String familyName, String department, String position,
                        LocalDate from, ContractType type, String weeklyHours, String salary, String actorId) {
    }

    private void hireStaff() {
        print.step("2026-01-02  Hiring the staff (hanna.hr)");
        Map<String, DepartmentId> departments = new LinkedHashMap<>();
        Map<String, PositionId> positions = new LinkedHashMap<>();
        List<Hire> hires = List.of(
                new Hire("E-001", "Mia", "Novak", "OPS", "Operations manager", YEAR_START, ContractType.FULL_TIME,
                        "40", "4200.00", "mia.manager"),
                new Hire("E-002", "Tom", "Berger", "OPS", "Warehouse clerk", YEAR_START, ContractType.FULL_TIME,
                        "40", "2600.00", "tom.warehouse"),
                new Hire("E-003", "Anna", "Keller", "ADM", "Accounts clerk", YEAR_START, ContractType.FULL_TIME,
                        "40", "3100.00", "anna.clerk"),
                new Hire("E-004", "Hanna", "Schmid", "ADM", "HR officer", YEAR_START, ContractType.PART_TIME,
                        "20", "1500.00", "hanna.hr"),
                new Hire("E-005", "Sam", "Ortiz", "SAL", "Sales representative", LocalDate.of(2026, 1, 19),
                        ContractType.FULL_TIME, "40", "2900.00", null));
        departments.put("ADM", backOffice.organisation().createDepartment(hr, CreateDepartment.root("ADM", "Administration")).id());
        departments.put("OPS", backOffice.organisation().createDepartment(hr, CreateDepartment.root("OPS", "Operations")).id());
        departments.put("SAL", backOffice.organisation().createDepartment(hr, CreateDepartment.root("SAL", "Sales")).id());
        Progress progress = Progress.of(out, "employees hired with their contracts", hires.size());
        for (Hire hire : hires) {
            PositionId position = positions.computeIfAbsent(hire.position(), title -> backOffice.organisation()
                    .createPosition(hr, CreatePosition.of(departments.get(hire.department()), title)).id());
            HireEmployee command = HireEmployee.of(hire.number(), hire.givenName(), hire.familyName(), hire.from())
                    .in(departments.get(hire.department()), position);
            EmployeeSnapshot employee = backOffice.employees().hire(hr, hire.actorId() == null ? command
                    : command.actingAs(hire.actorId()));
            backOffice.employees().startContract(hr, StartContract.monthly(employee.id(), hire.from(), hire.type(),
                    hire.weeklyHours(), eur(hire.salary()), hire.department()));
            employees.put(hire.number(), employee.id());
            employeeNames.put(hire.number(), hire.givenName() + " " + hire.familyName());
            progress.advance(hire.number() + " " + hire.givenName() + " " + hire.familyName() + ", " + hire.position()
                    + ", from " + hire.from() + ", EUR " + hire.salary() + " a month");
        }
        progress.finish();
        backOffice.organisation().appointManager(hr, departments.get("OPS"), employees.get("E-001"));
        print.say("Mia Novak manages Operations: Tom Berger reports to her");
    }

    private void approveLeave() {
        clock.on(LocalDate.of(2026, 1, 21));
        print.step("2026-01-21  Leave: Tom asks for two days, his manager approves");
        LeaveTypeSnapshot vacation = backOffice.leave().defineLeaveType(hr, DefineLeaveType.paidVacation("VAC", "25", "5"));
        LeaveRequestSnapshot request = backOffice.leave().requestLeave(warehouseman,
                RequestLeave.of(employees.get("E-002"), vacation.id(), LocalDate.of(2026, 1, 26), LocalDate.of(2026, 1, 27)));
        print.say("tom.warehouse asks for " + request.from() + " to " + request.to() + ": " + request.days().toPlainString()
                + " working days, " + request.status());
        LeaveRequestSnapshot approved = backOffice.leave().approve(manager, request.id(), "Enjoy");
        LeaveBalanceSnapshot balance = backOffice.leave().balance(manager, employees.get("E-002"), vacation.id(), 2026);
        print.say("mia.manager approves: " + approved.status() + "; Tom's 2026 vacation: entitled "
                + balance.entitlement().toPlainString() + ", taken " + balance.taken().toPlainString() + ", remaining "
                + balance.remaining().toPlainString() + " days");
    }

    private void runPayroll() {
        clock.on(LocalDate.of(2026, 1, 30));
        print.step("2026-01-30  Payroll: prepared by HR, approved and posted by the controller, net pay paid from the bank");
        backOffice.payroll().configureAccounts(hr, new ConfigurePayrollAccounts(account("salaries"),
                account("employerContributions"), account("payrollLiabilities"), account("netPay"), account("bank")));
        PayrollRunSnapshot draft = backOffice.payroll().runPayroll(hr, RunPayroll.of(MONTH));
        print.say("hanna.hr prepares the January run: " + draft.payslips().size() + " payslips, gross " + draft.totalGross()
                + ", " + draft.status());
        PayrollRunSnapshot approved = backOffice.payroll().approve(controller, draft.id());
        print.say("carl.controller approves it: " + approved.status());
        PayrollRunSnapshot posted = backOffice.payroll().post(controller, draft.id());
        print.say("and posts it to the ledger on " + MONTH_END + ": " + posted.status());
        PayrollRunSnapshot paid = backOffice.payroll().markPaid(controller, draft.id(), clock.today());
        print.say("carl.controller pays the net pay of " + posted.totalNet() + " from the bank (posted by the library): the run is "
                + paid.status());
    }

    private void billFreight() {
        clock.on(MONTH_END);
        print.step(MONTH_END + "  The carrier's bill for January's freight (anna.clerk)");
        PartySnapshot parcelOne = backOffice.parties().register(clerk, RegisterParty.supplier("ParcelOne Logistik", 14, EUR));
        List<InvoiceLineInput> lines = freight.stream().map(booking -> InvoiceLineInput.of("Freight " + booking.service()
                + " " + booking.reference(), "1", booking.price(), "STD").onAccount(account("freight"))).toList();
        InvoiceSnapshot draft = backOffice.invoicing().draft(clerk,
                new DraftInvoice(InvoiceKind.SUPPLIER_BILL, parcelOne.id(), null, lines, "P1-2026-01", null));
        InvoiceSnapshot bill = backOffice.invoicing().issue(clerk, IssueInvoice.of(draft.id(), MONTH_END));
        print.say("Bill " + bill.number() + " from " + parcelOne.name() + " for " + lines.size() + " bookings: "
                + bill.gross() + ", due " + bill.dueDate() + " (open at month end)");
    }

    // --- month end ------------------------------------------------------------------------------

    private void closeMonth() {
        clock.on(LocalDate.of(2026, 2, 2));
        print.step("2026-02-02  Closing January");
        refused("anna.clerk closes the period", () -> backOffice.fiscalCalendar().closePeriod(clerk, year.id(), 1));
        backOffice.fiscalCalendar().closePeriod(controller, year.id(), 1);
        print.say("carl.controller closes January");
        InvoiceSnapshot late = backOffice.invoicing().draft(clerk, DraftInvoice.customerInvoice(hotel.id(),
                InvoiceLineInput.of("Descaling service", "1", eur("80.00"), "STD")));
        refused("anna.clerk issues a forgotten invoice dated 2026-01-31",
                () -> backOffice.invoicing().issue(clerk, IssueInvoice.of(late.id(), MONTH_END)));
        print.say("  (the draft stays a draft, no invoice number was used: issue it in February)");
    }

    private MonthFigures reports(PayrollRunSnapshot payroll) {
        TrialBalance trialBalance = backOffice.financialReports().trialBalance(controller);
        print.trialBalance(trialBalance);
        BalanceSheet balanceSheet = backOffice.financialStatements().balanceSheet(controller, MONTH_END,
                YEAR_START.minusDays(1));
        print.balanceSheet(balanceSheet);
        IncomeStatement incomeStatement = backOffice.financialStatements().incomeStatement(controller, YEAR_START, MONTH_END);
        print.incomeStatement(incomeStatement);
        ValuationReport valuation = backOffice.stockValuation().report(controller);
        print.valuation(valuation);
        AgingReport aging = backOffice.agingReports().aging(controller, AgingRequest.receivables(EUR, MONTH_END));
        print.aging(aging);
        AgingReport payablesAging = backOffice.agingReports().aging(controller, AgingRequest.payables(EUR, MONTH_END));
        print.aging(payablesAging);
        print.payslips(backOffice.payroll().payrollRun(controller, payroll.id()), employeeNames);

        Money receivable = backOffice.financialReports().balance(controller, account("receivable")).balance();
        print.step("Checks");
        check("the trial balance nets to zero", trialBalance.isBalanced());
        check("the balance sheet balances (assets = liabilities + equity)", balanceSheet.isBalanced());
        check("receivables aging total " + aging.total().total() + " equals account 1200 " + receivable,
                aging.total().total().equals(receivable));
        Money inventory = balance("inventory");
        check("stock valuation total " + valuation.total() + " equals account 1300 " + inventory,
                valuation.total().equals(inventory));
        Money receivedNotBilled = balance("receivedNotBilled");
        check("stock received not billed (2050) is cleared by the bills: " + receivedNotBilled, receivedNotBilled.isZero());
        Money payable = backOffice.financialReports().balance(controller, account("payable")).balance();
        check("payables aging total " + payablesAging.total().total() + " equals account 2000 " + payable,
                payablesAging.total().total().equals(payable));
        check("the payroll entry equals its payslips: gross " + payroll.totalGross() + " on 6200",
                backOffice.financialReports().balance(controller, account("salaries")).balance().equals(payroll.totalGross()));
        out.println();
        out.println("Audit trail: " + backOffice.auditTrail().records(controller, AuditQuery.all()).size()
                + " changes recorded");
        if (!failedChecks.isEmpty()) {
            throw new IllegalStateException("The month's figures disagree: " + String.join("; ", failedChecks));
        }
        return new MonthFigures(trialBalance, balanceSheet, incomeStatement, aging, receivable, valuation, inventory,
                receivedNotBilled, payroll, List.copyOf(failedChecks));
    }

    // --- helpers --------------------------------------------------------------------------------

    private Money balance(String account) {
        return backOffice.financialReports().balance(controller, account(account)).balance();
    }

    private void check(String what, boolean holds) {
        print.say((holds ? "[ok]     " : "[FAILED] ") + what);
        if (!holds) {
            failedChecks.add(what);
        }
    }

    /** Runs a call the story expects the back office to refuse, and shows the refusal's code. */
    private void refused(String attempt, Supplier<?> call) {
        try {
            call.get();
        } catch (BackOfficeException e) {
            print.say(attempt + ": refused, " + e.code() + ": " + e.getMessage());
            return;
        }
        throw new IllegalStateException(attempt + " was not refused");
    }

    private static Address address(String line1, String postalCode, String city, String country) {
        return new Address(line1, null, postalCode, city, null, country);
    }

    private static Money eur(String amount) {
        return Money.of(amount, EUR);
    }
}
