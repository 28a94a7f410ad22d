package dev.backoffice.jpa;

import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.accounts.spi.AccountBalances;
import dev.backoffice.accounts.spi.Accounts;
import dev.backoffice.accounts.spi.FiscalYears;
import dev.backoffice.accounts.spi.JournalEntries;
import dev.backoffice.accounts.spi.JournalLines;
import dev.backoffice.accounts.spi.PendingEntries;
import dev.backoffice.accounts.spi.ReceivablesAdapters;
import dev.backoffice.accounts.spi.Reconciliations;
import dev.backoffice.common.spi.AuditRecords;
import dev.backoffice.common.spi.EventOutbox;
import dev.backoffice.common.spi.IdempotencyKeys;
import dev.backoffice.jpa.entity.AccountBalanceEntity;
import dev.backoffice.jpa.entity.AccountEntity;
import dev.backoffice.jpa.entity.AuditRecordEntity;
import dev.backoffice.jpa.entity.DepartmentEntity;
import dev.backoffice.jpa.entity.EmployeeEntity;
import dev.backoffice.jpa.entity.EmploymentContractEntity;
import dev.backoffice.jpa.entity.FiscalYearEntity;
import dev.backoffice.jpa.entity.GatewayChargeEntity;
import dev.backoffice.jpa.entity.IdempotencyKeyEntity;
import dev.backoffice.jpa.entity.InvoiceEntity;
import dev.backoffice.jpa.entity.JournalEntryEntity;
import dev.backoffice.jpa.entity.JournalLineEntity;
import dev.backoffice.jpa.entity.LeaveRequestEntity;
import dev.backoffice.jpa.entity.LeaveTypeEntity;
import dev.backoffice.jpa.entity.OutboxEventEntity;
import dev.backoffice.jpa.entity.BackorderEntity;
import dev.backoffice.jpa.entity.PartyEntity;
import dev.backoffice.jpa.entity.PaymentEntity;
import dev.backoffice.jpa.entity.PayrollAccountsEntity;
import dev.backoffice.jpa.entity.PayrollRunEntity;
import dev.backoffice.jpa.entity.PayslipEntity;
import dev.backoffice.jpa.entity.PendingEntryEntity;
import dev.backoffice.jpa.entity.PendingLineEntity;
import dev.backoffice.jpa.entity.PhysicalCountEntity;
import dev.backoffice.jpa.entity.PositionEntity;
import dev.backoffice.jpa.entity.ReceivablesConfigurationEntity;
import dev.backoffice.jpa.entity.ReconciledLineEntity;
import dev.backoffice.jpa.entity.ReconciliationEntity;
import dev.backoffice.jpa.entity.ReconciliationLineEntity;
import dev.backoffice.jpa.entity.ReservationEntity;
import dev.backoffice.jpa.entity.StockItemEntity;
import dev.backoffice.jpa.entity.StockLocationEntity;
import dev.backoffice.jpa.entity.StockLotEntity;
import dev.backoffice.jpa.entity.StockMoveEntity;
import dev.backoffice.jpa.entity.StockQuantEntity;
import dev.backoffice.jpa.entity.TimesheetEntity;
import dev.backoffice.jpa.entity.WarehouseEntity;
import dev.backoffice.personnel.spi.PersonnelAdapters;
import dev.backoffice.stock.spi.StockAdapters;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnitTransactionType;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The JPA adapter: every outbound port of the core on Jakarta Persistence 3.2 / Hibernate ORM 7.
 *
 * <p>Start it from a {@link DataSource} (it then bootstraps its own {@link EntityManagerFactory}
 * without {@code persistence.xml}, validates the schema against the entities and batches JDBC
 * writes) or from the host's {@link EntityManagerFactory} (which must list
 * {@link #entityClasses()}):
 *
 * <pre>{@code
 * BackOfficeMigrations.migrate(dataSource);             // once, at start, when the host wants it
 * JpaAdapters adapters = JpaAdapters.create(dataSource);
 * }</pre>
 *
 * <p>By default every unit of work runs its own resource-local transaction
 * ({@link JpaUnitOfWork}); {@link Builder#joinHostTransactions} makes it join the host's instead.
 * Close the adapters at shutdown to close the factory they created (a host's factory is left open).
 */
public final class JpaAdapters implements BackOfficeAdapters, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JpaAdapters.class);

    /** The default number of attempts of a unit of work that conflicts with concurrent changes. */
    public static final int DEFAULT_MAX_ATTEMPTS = 5;

    private static final List<Class<?>> ENTITY_CLASSES = List.of(AccountEntity.class, AccountBalanceEntity.class,
            JournalEntryEntity.class, JournalLineEntity.class, FiscalYearEntity.class, IdempotencyKeyEntity.class,
            AuditRecordEntity.class, OutboxEventEntity.class, ReconciliationEntity.class, ReconciliationLineEntity.class,
            ReconciledLineEntity.class, PendingEntryEntity.class, PendingLineEntity.class,
            dev.backoffice.jpa.entity.JournalSealEntity.class, dev.backoffice.jpa.entity.JournalChainHeadEntity.class,
            dev.backoffice.jpa.entity.CurrencyPolicyEntity.class, StockItemEntity.class, WarehouseEntity.class,
            StockLocationEntity.class, StockMoveEntity.class, StockLotEntity.class, StockQuantEntity.class,
            ReservationEntity.class, BackorderEntity.class, PhysicalCountEntity.class,
            PartyEntity.class, ReceivablesConfigurationEntity.class,
            InvoiceEntity.class, PaymentEntity.class, GatewayChargeEntity.class,
            EmployeeEntity.class, DepartmentEntity.class, PositionEntity.class, EmploymentContractEntity.class,
            LeaveTypeEntity.class, LeaveRequestEntity.class, TimesheetEntity.class, PayrollRunEntity.class,
            PayslipEntity.class, PayrollAccountsEntity.class,
            dev.backoffice.jpa.entity.StockValuationPolicyEntity.class, dev.backoffice.jpa.entity.ItemValuationEntity.class,
            dev.backoffice.jpa.entity.StockValueEntryEntity.class, dev.backoffice.jpa.entity.ShipmentEntity.class,
            dev.backoffice.jpa.entity.InboundReceiptEntity.class, dev.backoffice.jpa.entity.ReorderRuleEntity.class,
            dev.backoffice.jpa.entity.ReturnShipmentEntity.class);

    private final EntityManagerFactory emf;
    private final boolean ownsFactory;
    private final JpaUnitOfWork unitOfWork;
    private final JpaIdempotencyKeys idempotencyKeys;
    private final JpaAuditRecords auditRecords;
    private final JpaEventOutbox eventOutbox;
    private final JpaAccounts accounts;
    private final JpaAccountBalances accountBalances;
    private final JpaJournalEntries journalEntries;
    private final JpaJournalLines journalLines;
    private final JpaFiscalYears fiscalYears;
    private final JpaReconciliations reconciliations;
    private final JpaPendingEntries pendingEntries;
    private final JpaJournalSeals journalSeals;
    private final JpaCurrencyPolicies currencyPolicies;
    private final JpaStockAdapters stock;
    private final JpaReceivablesAdapters receivables;
    private final JpaPersonnelAdapters personnel;
    private final JpaShipmentsAdapters shipments;

    private JpaAdapters(EntityManagerFactory emf, boolean ownsFactory, HostTransactions host, int maxAttempts,
                        Clock clock, boolean tenantScoped) {
        this.emf = emf;
        this.ownsFactory = ownsFactory;
        this.unitOfWork = new JpaUnitOfWork(emf, host, maxAttempts, tenantScoped);
        this.idempotencyKeys = new JpaIdempotencyKeys(unitOfWork);
        this.auditRecords = new JpaAuditRecords(unitOfWork);
        this.eventOutbox = new JpaEventOutbox(unitOfWork, clock);
        this.accounts = new JpaAccounts(unitOfWork);
        this.accountBalances = new JpaAccountBalances(unitOfWork);
        this.journalEntries = new JpaJournalEntries(unitOfWork);
        this.journalLines = new JpaJournalLines(unitOfWork);
        this.fiscalYears = new JpaFiscalYears(unitOfWork);
        this.reconciliations = new JpaReconciliations(unitOfWork);
        this.pendingEntries = new JpaPendingEntries(unitOfWork);
        this.journalSeals = new JpaJournalSeals(unitOfWork);
        this.currencyPolicies = new JpaCurrencyPolicies(unitOfWork);
        this.stock = new JpaStockAdapters(unitOfWork);
        this.receivables = new JpaReceivablesAdapters(unitOfWork);
        this.personnel = new JpaPersonnelAdapters(unitOfWork);
        this.shipments = new JpaShipmentsAdapters(unitOfWork);
    }

    /**
     * Adapters on their own {@link EntityManagerFactory} over the data source, with their own
     * resource-local transactions. The schema must exist (see {@link BackOfficeMigrations}):
     * Hibernate validates it at start.
     *
     * @param dataSource the database, its schema migrated
     * @return the adapters, ready for {@code BackOffice.builder(..)}
     */
    public static JpaAdapters create(DataSource dataSource) {
        return builder(dataSource).build();
    }

    /**
     * Adapters on the host's {@link EntityManagerFactory}, which must list {@link #entityClasses()}
     * and allow resource-local transactions (or use {@link Builder#joinHostTransactions}).
     *
     * @param hostEntityManagerFactory the host's factory
     * @return the adapters on that factory
     */
    public static JpaAdapters using(EntityManagerFactory hostEntityManagerFactory) {
        return builder(hostEntityManagerFactory).build();
    }

    /**
     * A builder of adapters on their own {@link EntityManagerFactory} over the data source.
     *
     * @param dataSource the database, its schema migrated
     * @return a builder with every setting at its default
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(Objects.requireNonNull(dataSource, "dataSource"), null);
    }

    /**
     * A builder of adapters on the host's {@link EntityManagerFactory}.
     *
     * @param hostEntityManagerFactory the host's factory
     * @return a builder with every setting at its default
     */
    public static Builder builder(EntityManagerFactory hostEntityManagerFactory) {
        return new Builder(null, Objects.requireNonNull(hostEntityManagerFactory, "hostEntityManagerFactory"));
    }

    /**
     * The entity classes of the adapter, for a host that builds its own {@link EntityManagerFactory}.
     *
     * @return the annotated entity classes, in no particular order
     */
    public static List<Class<?>> entityClasses() {
        return ENTITY_CLASSES;
    }

    /**
     * The Hibernate settings the adapter uses for the factory it creates (schema validation, JDBC
     * batching), for a host that builds its own factory and wants the same.
     *
     * @return the settings, by property name
     */
    public static Map<String, Object> recommendedProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(AvailableSettings.HBM2DDL_AUTO, "validate");
        properties.put(AvailableSettings.STATEMENT_BATCH_SIZE, 50);
        properties.put(AvailableSettings.ORDER_INSERTS, true);
        properties.put(AvailableSettings.ORDER_UPDATES, true);
        properties.put(AvailableSettings.DEFAULT_BATCH_FETCH_SIZE, 64);
        return properties;
    }

    /**
     * The factory the adapters work on.
     *
     * @return the factory, created by the adapters or the host's
     */
    public EntityManagerFactory entityManagerFactory() {
        return emf;
    }

    @Override
    public JpaUnitOfWork unitOfWork() {
        return unitOfWork;
    }

    @Override
    public IdempotencyKeys idempotencyKeys() {
        return idempotencyKeys;
    }

    @Override
    public AuditRecords auditRecords() {
        return auditRecords;
    }

    @Override
    public EventOutbox eventOutbox() {
        return eventOutbox;
    }

    @Override
    public Accounts accounts() {
        return accounts;
    }

    @Override
    public AccountBalances accountBalances() {
        return accountBalances;
    }

    @Override
    public JournalEntries journalEntries() {
        return journalEntries;
    }

    @Override
    public JournalLines journalLines() {
        return journalLines;
    }

    @Override
    public FiscalYears fiscalYears() {
        return fiscalYears;
    }

    @Override
    public Reconciliations reconciliations() {
        return reconciliations;
    }

    @Override
    public PendingEntries pendingEntries() {
        return pendingEntries;
    }

    @Override
    public dev.backoffice.accounts.spi.JournalSeals journalSeals() {
        return journalSeals;
    }

    @Override
    public dev.backoffice.accounts.spi.CurrencyPolicies currencyPolicies() {
        return currencyPolicies;
    }

    /** The ports of the stock context, on the same unit of work as the others. */
    @Override
    public Optional<StockAdapters> stock() {
        return Optional.of(stock);
    }

    /** The ports of receivables, payables and payments, over the same unit of work. */
    @Override
    public Optional<ReceivablesAdapters> receivables() {
        return Optional.of(receivables);
    }

    /** The personnel ports over this adapter's unit of work (tables of {@code V11__personnel.sql}). */
    @Override
    public Optional<PersonnelAdapters> personnel() {
        return Optional.of(personnel);
    }

    /**
     * The shipments ports over this adapter's unit of work (tables of {@code V14__shipments.sql},
     * {@code V18__inbound_receipts.sql} and {@code V19__return_shipments.sql}), so that
     * {@code BackOffice.shipping()}, {@code carriers()}, {@code receiving()} and {@code returns()} work
     * over JPA with its stock ports.
     */
    @Override
    public Optional<dev.backoffice.shipments.spi.ShipmentsAdapters> shipments() {
        return Optional.of(shipments);
    }

    /** Closes the {@link EntityManagerFactory} if these adapters created it; a host's factory stays open. */
    @Override
    public void close() {
        if (ownsFactory && emf.isOpen()) {
            emf.close();
        }
    }

    /** Options of the JPA adapter. */
    public static final class Builder {

        private final DataSource dataSource;
        private final EntityManagerFactory hostFactory;
        private final Map<String, Object> properties = new LinkedHashMap<>(recommendedProperties());
        private HostTransactions hostTransactions;
        private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
        private Clock clock = Clock.systemUTC();
        private boolean tenantScoped;

        private Builder(DataSource dataSource, EntityManagerFactory hostFactory) {
            this.dataSource = dataSource;
            this.hostFactory = hostFactory;
        }

        /**
         * Joins the host's transactions instead of running resource-local ones: each unit of work
         * uses the host's current entity manager, never begins nor commits, and registers its
         * after-commit actions with the host's hook. See {@link HostTransactions}.
         *
         * @param currentEntityManager gives the entity manager bound to the host's current transaction
         * @param afterCommitHook      registers an action to run after that transaction commits
         * @return this builder
         */
        public Builder joinHostTransactions(Supplier<EntityManager> currentEntityManager,
                                            Consumer<Runnable> afterCommitHook) {
            return joinHostTransactions(HostTransactions.of(currentEntityManager, afterCommitHook));
        }

        /**
         * Joins the host's transactions (see {@link #joinHostTransactions(Supplier, Consumer)}).
         *
         * @param hostTransactions the host's current entity manager and after-commit hook
         * @return this builder
         */
        public Builder joinHostTransactions(HostTransactions hostTransactions) {
            this.hostTransactions = Objects.requireNonNull(hostTransactions, "hostTransactions");
            return this;
        }

        /**
         * How many times a unit of work runs when it conflicts with concurrent changes (default 5).
         *
         * @param maxAttempts 1 or more; 1 means no retry
         * @return this builder
         */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1");
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * Scopes every unit of work to the tenant it runs for (PostgreSQL only): the transaction
         * sets {@value JpaUnitOfWork#TENANT_SETTING}, which the optional row-level security
         * policies read (see {@link BackOfficeMigrations#enableRowLevelSecurity}), so that even a
         * query that forgot its tenant filter sees only that tenant's rows. Costs one statement
         * per transaction.
         *
         * @return this builder
         */
        public Builder tenantScopedTransactions() {
            this.tenantScoped = true;
            return this;
        }

        /**
         * The clock that stamps the publication of outbox events.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * An extra Hibernate or Jakarta Persistence setting for the factory the adapter creates.
         *
         * @param name  the setting's name
         * @param value its value
         * @return this builder
         */
        public Builder property(String name, Object value) {
            if (dataSource == null) {
                throw new IllegalStateException("properties apply only to the factory the adapter creates from a DataSource");
            }
            properties.put(Objects.requireNonNull(name, "name"), value);
            return this;
        }

        /**
         * Builds the adapters; creates the entity manager factory unless the host gave one, which validates
         * the schema.
         *
         * @return the adapters, thread-safe; a host builds them once and keeps them
         */
        public JpaAdapters build() {
            if (hostFactory != null) {
                return new JpaAdapters(hostFactory, false, hostTransactions, maxAttempts, clock, tenantScoped);
            }
            HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration("backoffice")
                    .managedClasses(ENTITY_CLASSES)
                    .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                    .validationMode(ValidationMode.NONE)
                    .sharedCacheMode(SharedCacheMode.NONE)
                    .properties(properties)
                    .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource);
            EntityManagerFactory factory = configuration.createEntityManagerFactory();
            LOG.debug("Started the back office persistence unit on {} entity classes", ENTITY_CLASSES.size());
            return new JpaAdapters(factory, true, hostTransactions, maxAttempts, clock, tenantScoped);
        }
    }
}
