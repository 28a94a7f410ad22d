package dev.backoffice;

import dev.backoffice.accounts.api.BankReconciliation;
import dev.backoffice.accounts.api.ChartOfAccounts;
import dev.backoffice.accounts.api.FinancialReports;
import dev.backoffice.accounts.api.FiscalCalendar;
import dev.backoffice.accounts.api.Ledger;
import dev.backoffice.accounts.application.AccountsContext;
import dev.backoffice.audit.api.AuditQuery;
import dev.backoffice.audit.api.AuditTrail;
import dev.backoffice.common.AuditRecord;
import dev.backoffice.common.TimeOrderedIds;
import dev.backoffice.common.application.CommandValidator;
import dev.backoffice.common.application.UseCases;
import dev.backoffice.common.spi.AccessPolicy;
import dev.backoffice.common.spi.DomainEventPublisher;
import dev.backoffice.common.spi.IdGenerator;
import dev.backoffice.inmemory.InMemoryAdapters;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The entry point a host builds once and keeps. It is thread-safe.
 *
 * <pre>{@code
 * BackOffice backOffice = BackOffice.inMemory();                 // or BackOffice.builder(JpaAdapters.create(dataSource))
 * Ledger ledger = backOffice.ledger();
 * }</pre>
 */
public final class BackOffice {

    private final BackOfficeAdapters adapters;
    private final UseCases useCases;
    private final AccountsContext accounts;
    private final AuditTrail auditTrail;
    /** Null when the adapters provide no stock ports. */
    private final dev.backoffice.stock.application.StockContext stock;
    /** Null when the adapters provide no receivables ports. */
    private final dev.backoffice.accounts.application.ReceivablesContext receivables;
    /** Null when the adapters provide no personnel ports. */
    private final dev.backoffice.personnel.application.PersonnelContext personnel;
    /** Null when the adapters provide no shipments ports, or no stock ports for them to act on. */
    private final dev.backoffice.shipments.application.ShipmentsContext shipments;

    private BackOffice(Builder builder) {
        this.adapters = builder.adapters;
        this.useCases = new UseCases(adapters.unitOfWork(), builder.accessPolicy, new CommandValidator(),
                adapters.idempotencyKeys(), adapters.auditRecords(), adapters.eventOutbox(), builder.eventPublisher,
                builder.idGenerator == null ? new TimeOrderedIds(builder.clock) : builder.idGenerator, builder.clock);
        this.accounts = new AccountsContext(useCases, adapters.accounts(), adapters.accountBalances(),
                adapters.journalEntries(), adapters.journalLines(), adapters.fiscalYears(), adapters.reconciliations(),
                adapters.pendingEntries(), adapters.journalSeals(), adapters.currencyPolicies(), builder.exchangeRates);
        this.stock = adapters.stock().map(ports -> new dev.backoffice.stock.application.StockContext(useCases, ports,
                        new dev.backoffice.posting.StockPostingRules(accounts.ledger(), accounts.chartOfAccounts(),
                                accounts.currencies(), builder.clock)))
                .orElse(null);
        this.receivables = adapters.receivables().map(ports -> new dev.backoffice.accounts.application.ReceivablesContext(
                useCases, ports.parties(), ports.configurations(), ports.invoices(), ports.documentNumbers(),
                ports.payments(), ports.gatewayCharges(), adapters.accounts(), accounts.ledger(), builder.taxPolicy,
                builder.paymentGateway))
                .orElse(null);
        this.personnel = adapters.personnel().map(ports -> new dev.backoffice.personnel.application.PersonnelContext(
                useCases, ports, accounts.ledger(), accounts.chartOfAccounts(), builder.holidayCalendar, builder.payrollRules,
                builder.personnelRetention)).orElse(null);
        this.shipments = stock == null ? null : adapters.shipments().map(ports ->
                new dev.backoffice.shipments.application.ShipmentsContext(useCases, ports, stock.warehousing(),
                        stock.reservations(), stock.inventory(), stock.itemCatalog(), builder.carrierGateway)).orElse(null);
        this.auditTrail = (actor, query) -> useCases.query(actor, AuditTrail.READ, query, () -> records(actor, query));
    }

    private List<AuditRecord> records(dev.backoffice.common.Actor actor, AuditQuery query) {
        return adapters.auditRecords().find(actor.tenant(), query.subjectId(), query.actorId(), query.from(), query.to(),
                query.limit());
    }

    /**
     * A back office on the in-memory adapters with default settings.
     *
     * @return a ready back office whose data lives in memory until the JVM stops
     */
    public static BackOffice inMemory() {
        return builder(new InMemoryAdapters()).build();
    }

    /**
     * Starts configuring a back office over the given adapters.
     *
     * @param adapters one implementation of every port, sharing one store and unit of work
     * @return a builder with every setting at its default
     */
    public static Builder builder(BackOfficeAdapters adapters) {
        return new Builder(adapters);
    }

    /**
     * The chart of accounts.
     *
     * @return the accounts use cases of the general ledger
     */
    public ChartOfAccounts chartOfAccounts() {
        return accounts.chartOfAccounts();
    }

    /**
     * The general journal: post and reverse entries.
     *
     * @return the journal use cases
     */
    public Ledger ledger() {
        return accounts.ledger();
    }

    /**
     * Fiscal years and periods.
     *
     * @return the fiscal year and period use cases
     */
    public FiscalCalendar fiscalCalendar() {
        return accounts.fiscalCalendar();
    }

    /**
     * Balances, trial balance and statements.
     *
     * @return the trial balance, ledger and balance reports
     */
    public FinancialReports financialReports() {
        return accounts.financialReports();
    }

    /**
     * Reconciliation of bank and clearing accounts: match lines that net to zero, list what is open, undo.
     *
     * @return the bank reconciliation use cases
     */
    public BankReconciliation bankReconciliation() {
        return accounts.bankReconciliation();
    }

    /**
     * The balance sheet and the income statement, one statement per currency.
     *
     * @return the balance sheet and income statement use cases
     */
    public dev.backoffice.accounts.api.FinancialStatements financialStatements() {
        return accounts.financialStatements();
    }

    /**
     * The year-end close: revenue and expenses into retained earnings, periods locked.
     *
     * @return the year-end closing use cases
     */
    public dev.backoffice.accounts.api.YearEnd yearEnd() {
        return accounts.yearEnd();
    }

    /**
     * Tamper evidence: seal posted entries into each tenant's hash chain (a job the host
     * schedules) and verify the chain against the stored journal.
     *
     * @return the journal chain verification use cases
     */
    public dev.backoffice.accounts.api.JournalIntegrity journalIntegrity() {
        return accounts.journalIntegrity();
    }

    /**
     * The functional currency, exchange gain and loss accounts, and period-end revaluation.
     *
     * @return the currency and exchange-rate use cases
     */
    public dev.backoffice.accounts.api.Currencies currencies() {
        return accounts.currencies();
    }

    /**
     * Items: SKUs, units of measure and their conversions, tracking, valuation and stock policies.
     *
     * @return the item catalogue; refused with {@code backoffice.context_not_provided} over adapters without
     *         stock ports
     */
    public dev.backoffice.stock.api.ItemCatalog itemCatalog() {
        return stock().itemCatalog();
    }

    /**
     * Warehouses with their trees of locations, and the virtual locations of each tenant.
     *
     * @return the warehouse and location use cases; refused like {@link #itemCatalog()} without stock ports
     */
    public dev.backoffice.stock.api.Warehousing warehousing() {
        return stock().warehousing();
    }

    /**
     * Stock moves (receipts, issues, transfers, adjustments), quantities on hand, lot traceability.
     *
     * @return the stock move and level use cases; refused like {@link #itemCatalog()} without stock ports
     */
    public dev.backoffice.stock.api.Inventory inventory() {
        return stock().inventory();
    }

    /**
     * Reservations of stock for demands, backorders, and the check that reserved quantities never drift.
     *
     * @return the reservation and backorder use cases; refused like {@link #itemCatalog()} without stock
     *         ports
     */
    public dev.backoffice.stock.api.Reservations reservations() {
        return stock().reservations();
    }

    /**
     * Physical counts and the adjustments of their variances.
     *
     * @return the physical count use cases; refused like {@link #itemCatalog()} without stock ports
     */
    public dev.backoffice.stock.api.Stocktaking stocktaking() {
        return stock().stocktaking();
    }

    /**
     * The value of the stock (FIFO, moving average, standard cost), its history per move, landed
     * costs, and its posting to the ledger; refused with {@code backoffice.context_not_provided} over
     * adapters whose stock ports include no valuation ports.
     *
     * @return the stock valuation use cases
     */
    public dev.backoffice.stock.api.StockValuation stockValuation() {
        return provided(stock().valuation().orElse(null), "stock valuation", "StockValuationAdapters");
    }

    /**
     * Stock as of a past instant, and the history of the done moves of an item, location or lot.
     *
     * @return the stock history use cases; refused like {@link #itemCatalog()} without stock ports
     */
    public dev.backoffice.stock.api.StockLedger stockLedger() {
        return stock().stockLedger();
    }

    /** {@return min/max reorder rules per item and warehouse, and the proposals of what to reorder and how much} */
    public dev.backoffice.stock.api.Replenishment replenishment() {
        return stock().replenishment();
    }

    private dev.backoffice.stock.application.StockContext stock() {
        return provided(stock, "stock", "StockAdapters");
    }

    /**
     * Customers and suppliers.
     *
     * @return the customer and supplier use cases; refused with {@code backoffice.context_not_provided} over
     *         adapters without receivables ports
     */
    public dev.backoffice.accounts.api.Parties parties() {
        return receivables().parties();
    }

    /**
     * Customer invoices, supplier bills, credit and debit notes: drafted, issued (numbered, posted),
     * corrected.
     *
     * @return the invoice and bill use cases; refused like {@link #parties()} without receivables ports
     */
    public dev.backoffice.accounts.api.Invoicing invoicing() {
        return receivables().invoicing();
    }

    /**
     * Incoming and outgoing payments: recorded, approved, allocated to documents, undone, refunded.
     *
     * @return the payment use cases; refused like {@link #parties()} without receivables ports
     */
    public dev.backoffice.accounts.api.Payments payments() {
        return receivables().payments();
    }

    /**
     * Card and wallet payments through the payment gateway: authorize, capture, void, refund, provider
     * events.
     *
     * @return the payment gateway use cases; refused like {@link #parties()} without receivables ports
     */
    public dev.backoffice.accounts.api.GatewayPayments gatewayPayments() {
        return receivables().gatewayPayments();
    }

    /**
     * Receivables and payables aging, open items and party statements.
     *
     * @return the aging report use cases; refused like {@link #parties()} without receivables ports
     */
    public dev.backoffice.accounts.api.AgingReports agingReports() {
        return receivables().agingReports();
    }

    /**
     * Per tenant and currency: the accounts documents and payments post to, and the payment approval
     * threshold.
     *
     * @return the receivables settings use cases; refused like {@link #parties()} without receivables ports
     */
    public dev.backoffice.accounts.api.ReceivablesSettings receivablesSettings() {
        return receivables().settings();
    }

    private dev.backoffice.accounts.application.ReceivablesContext receivables() {
        return provided(receivables, "receivables", "ReceivablesAdapters");
    }

    /**
     * Employees, their contracts and their personal data.
     *
     * @return the employee use cases; refused with {@code backoffice.context_not_provided} over adapters
     *         without personnel ports
     */
    public dev.backoffice.personnel.api.Employees employees() {
        return personnel().employees();
    }

    /**
     * Departments, positions and reporting lines.
     *
     * @return the organisation use cases; refused like {@link #employees()} without personnel ports
     */
    public dev.backoffice.personnel.api.Organisation organisation() {
        return personnel().organisation();
    }

    /**
     * Leave types, balances, requests and their approval.
     *
     * @return the leave use cases; refused like {@link #employees()} without personnel ports
     */
    public dev.backoffice.personnel.api.Leave leave() {
        return personnel().leave();
    }

    /**
     * Timesheets of hourly employees.
     *
     * @return the timesheet use cases; refused like {@link #employees()} without personnel ports
     */
    public dev.backoffice.personnel.api.Timesheets timesheets() {
        return personnel().timesheets();
    }

    /**
     * Payroll runs: computed, approved by another actor, posted to the ledger, paid.
     *
     * @return the payroll use cases; refused like {@link #employees()} without personnel ports
     */
    public dev.backoffice.personnel.api.Payroll payroll() {
        return personnel().payroll();
    }

    private dev.backoffice.personnel.application.PersonnelContext personnel() {
        return provided(personnel, "personnel", "PersonnelAdapters");
    }

    /**
     * Shipments from draft to delivery: stock reserved on confirmation and issued on shipping.
     *
     * @return the shipping use cases; refused with {@code backoffice.context_not_provided} over adapters
     *         without shipments or stock ports
     */
    public dev.backoffice.shipments.api.Shipping shipping() {
        return shipmentsContext().shipping();
    }

    /**
     * Carrier quotes, bookings (labels and tracking numbers), tracking and return labels.
     *
     * @return the carrier use cases; refused like {@link #shipping()} without shipments ports
     */
    public dev.backoffice.shipments.api.Carriers carriers() {
        return shipmentsContext().carriers();
    }

    /**
     * Goods coming in from suppliers: expected, received (accepted into stock at their cost, or rejected), closed.
     *
     * @return the receiving use cases; refused like {@link #shipping()} without shipments ports
     */
    public dev.backoffice.shipments.api.Receiving receiving() {
        return shipmentsContext().receiving();
    }

    private dev.backoffice.shipments.application.ShipmentsContext shipmentsContext() {
        return provided(shipments, "shipments", "ShipmentsAdapters (with StockAdapters)");
    }

    private <C> C provided(C context, String name, String ports) {
        if (context == null) {
            throw new dev.backoffice.common.BackOfficeException(dev.backoffice.common.CommonError.CONTEXT_NOT_PROVIDED,
                    "The adapters " + adapters.getClass().getSimpleName() + " provide no " + name + " ports; use adapters "
                            + "that do (the in-memory adapters, or a host's own implementing " + ports + ").");
        }
        return context;
    }

    /**
     * Who changed what, and when.
     *
     * @return the audit trail, read with the {@code audit.read} permission
     */
    public AuditTrail auditTrail() {
        return auditTrail;
    }

    /**
     * Hands events that stayed in the outbox (the process stopped between commit and publication,
     * or the publisher failed) to the publisher. A host calls it at start and on a schedule.
     * Returns how many events were delivered.
     *
     * @param limit the most events to deliver in this call
     * @return how many events were delivered
     */
    public int relayEvents(int limit) {
        return useCases.relayEvents(limit);
    }

    /** Settings of a {@link BackOffice}; every one has a default. */
    public static final class Builder {
        private final BackOfficeAdapters adapters;
        private Clock clock = Clock.systemUTC();
        private IdGenerator idGenerator;
        private AccessPolicy accessPolicy = AccessPolicy.allowAll();
        private DomainEventPublisher eventPublisher = DomainEventPublisher.none();
        private dev.backoffice.accounts.spi.ExchangeRates exchangeRates = dev.backoffice.accounts.spi.ExchangeRates.none();
        private dev.backoffice.personnel.spi.HolidayCalendar holidayCalendar =
                dev.backoffice.personnel.spi.HolidayCalendar.weekendsOnly();
        private dev.backoffice.personnel.spi.PayrollRules payrollRules =
                dev.backoffice.personnel.spi.FlatRatePayrollRules.none();
        private dev.backoffice.accounts.spi.TaxPolicy taxPolicy = dev.backoffice.accounts.spi.TaxPolicy.percentages(
                java.util.Map.of(), false, dev.backoffice.accounts.domain.TaxRounding.PER_LINE);
        private dev.backoffice.accounts.spi.PaymentGateway paymentGateway = dev.backoffice.accounts.spi.PaymentGateway.none();
        private dev.backoffice.shipments.spi.CarrierGateway carrierGateway =
                dev.backoffice.shipments.spi.CarrierGateway.none();
        private java.time.Period personnelRetention = dev.backoffice.personnel.application.PersonnelContext.DEFAULT_RETENTION;

        private Builder(BackOfficeAdapters adapters) {
            this.adapters = Objects.requireNonNull(adapters, "adapters");
        }

        /**
         * The clock for every timestamp (default: the system clock in UTC).
         *
         * @param value the clock every timestamp and date comes from
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * The generator of new ids (default: UUIDv7 from the clock).
         *
         * @param value makes the ids of new records
         * @return this builder
         */
        public Builder idGenerator(IdGenerator value) {
            this.idGenerator = Objects.requireNonNull(value, "idGenerator");
            return this;
        }

        /**
         * Who may do what (default: everybody everything).
         *
         * @param value decides whether an actor may use a permission
         * @return this builder
         */
        public Builder accessPolicy(AccessPolicy value) {
            this.accessPolicy = Objects.requireNonNull(value, "accessPolicy");
            return this;
        }

        /**
         * Where domain events go after commit (default: nowhere).
         *
         * @param value receives the domain events after each unit of work commits
         * @return this builder
         */
        public Builder eventPublisher(DomainEventPublisher value) {
            this.eventPublisher = Objects.requireNonNull(value, "eventPublisher");
            return this;
        }

        /**
         * Where exchange rates come from, for tenants with a functional currency (default: no
         * rates, so only entries in the functional currency can be posted).
         *
         * @param value the exchange rates foreign-currency amounts are translated with
         * @return this builder
         */
        public Builder exchangeRates(dev.backoffice.accounts.spi.ExchangeRates value) {
            this.exchangeRates = Objects.requireNonNull(value, "exchangeRates");
            return this;
        }

        /**
         * The tax rates of invoice lines (default: no tax code known, so every taxed line is refused).
         *
         * @param value computes the taxes of invoice lines
         * @return this builder
         */
        public Builder taxPolicy(dev.backoffice.accounts.spi.TaxPolicy value) {
            this.taxPolicy = Objects.requireNonNull(value, "taxPolicy");
            return this;
        }

        /**
         * The payment provider card and wallet payments go through (default: none, such calls are refused).
         *
         * @param value the payment gateway card payments go through
         * @return this builder
         */
        public Builder paymentGateway(dev.backoffice.accounts.spi.PaymentGateway value) {
            this.paymentGateway = Objects.requireNonNull(value, "paymentGateway");
            return this;
        }

        /**
         * The carrier shipments are quoted, booked and tracked with (default: none, such calls are
         * refused with {@code backoffice.context_not_provided}; {@code InMemoryCarrier} is a
         * deterministic one for tests and demos).
         *
         * @param value the carrier gateway shipments are booked with
         * @return this builder
         */
        public Builder carrierGateway(dev.backoffice.shipments.spi.CarrierGateway value) {
            this.carrierGateway = Objects.requireNonNull(value, "carrierGateway");
            return this;
        }

        /**
         * The public holidays leave is counted without (default: weekends only, no holidays).
         *
         * @param value the public holidays of the tenant's calendar
         * @return this builder
         */
        public Builder holidayCalendar(dev.backoffice.personnel.spi.HolidayCalendar value) {
            this.holidayCalendar = Objects.requireNonNull(value, "holidayCalendar");
            return this;
        }

        /**
         * The deductions and employer contributions of payroll (default: none).
         *
         * @param value computes deductions and employer contributions
         * @return this builder
         */
        public Builder payrollRules(dev.backoffice.personnel.spi.PayrollRules value) {
            this.payrollRules = Objects.requireNonNull(value, "payrollRules");
            return this;
        }

        /**
         * How long a terminated employee's personal data is kept before it may be anonymized (default 10
         * years).
         *
         * @param value the retention period after termination
         * @return this builder
         */
        public Builder personnelRetention(java.time.Period value) {
            this.personnelRetention = Objects.requireNonNull(value, "personnelRetention");
            return this;
        }

        /**
         * Builds the back office: wires every context over the adapters with these settings.
         *
         * @return the back office, thread-safe; a host builds it once and keeps it
         */
        public BackOffice build() {
            return new BackOffice(this);
        }
    }
}
