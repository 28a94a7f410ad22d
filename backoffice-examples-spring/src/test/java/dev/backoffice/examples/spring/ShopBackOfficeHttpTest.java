package dev.backoffice.examples.spring;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.domain.JournalEntryPosted;
import dev.backoffice.audit.api.AuditQuery;
import dev.backoffice.common.Actor;
import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;
import dev.backoffice.stock.domain.ReservationConsumed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Spring Boot host over HTTP, on a real port, on an in-memory H2 database migrated at start:
 * the endpoints, the JSON errors with the library's codes and their statuses, and the library
 * inside Spring's transactions (a rollback leaves nothing, events come after the commit only).
 * One application context for the whole class; each test works in a tenant of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:shop-http-test;DB_CLOSE_DELAY=-1",
        "shop.demo-tenant=demo-at-start"})
@AutoConfigureRestTestClient
class ShopBackOfficeHttpTest {

    @Autowired
    RestTestClient http;
    @Autowired
    DemoCompany demoCompany;
    @Autowired
    BackOffice backOffice;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    HostEvents events;
    @Autowired
    FailingHostService failingHost;

    private String tenant;

    @BeforeEach
    void aShopOfItsOwn() {
        tenant = "shop-" + UUID.randomUUID().toString().substring(0, 8);
        demoCompany.setUp(TenantId.of(tenant));
        events.received.clear();
    }

    @Test
    void theDemoTenantIsSetUpAtStartAndTheSchemaMigrated() {
        assertThat(demoCompany.isSetUp(TenantId.of("demo-at-start"))).isTrue();
    }

    @Test
    void postsAnEntryAndTheTrialBalanceShowsIt() {
        post("/api/journal-entries", entry("100.00", "100.00", "sale-1"))
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.status").isEqualTo("POSTED")
                .jsonPath("$.postedBy").isEqualTo("alice")
                .jsonPath("$.lines[0].account").isEqualTo("1000")
                .jsonPath("$.lines[0].amount").isEqualTo("100.00")
                .jsonPath("$.lines[1].side").isEqualTo("CREDIT");

        get("/api/trial-balance")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.balanced").isEqualTo(true)
                .jsonPath("$.totals[0].currency").isEqualTo("EUR")
                .jsonPath("$.totals[0].debit").isEqualTo("100.00")
                .jsonPath("$.totals[0].credit").isEqualTo("100.00");
        assertThat(events.received).as("published after Spring committed")
                .filteredOn(JournalEntryPosted.class::isInstance).hasSize(1);
    }

    @Test
    void refusalsCarryTheLibrarysCodeWithAStatusPerFamily() {
        refused(post("/api/journal-entries", entry("100.00", "90.00", null)), HttpStatus.UNPROCESSABLE_CONTENT,
                "ledger.entry.unbalanced");
        refused(post("/api/journal-entries", """
                {"date": "2026-01-15", "description": "Sale", "lines": [
                  {"account": "9999", "side": "DEBIT", "amount": "5.00", "currency": "EUR"},
                  {"account": "4000", "side": "CREDIT", "amount": "5.00", "currency": "EUR"}]}"""),
                HttpStatus.NOT_FOUND, "ledger.account.not_found");
        post("/api/journal-entries", """
                {"date": "2026-01-15", "lines": [{"account": "1000", "side": "DEBIT", "amount": "5.00", "currency": "EUR"}]}""")
                .expectStatus().isEqualTo(HttpStatus.BAD_REQUEST)
                .expectBody()
                .jsonPath("$.code").isEqualTo("validation.failed")
                .jsonPath("$.violations[?(@.field == 'description')]").exists()
                .jsonPath("$.violations[?(@.field == 'lines')]").exists();
        refused(post("/api/journal-entries", entry("12,50", "12,50", null)), HttpStatus.BAD_REQUEST, "money.malformed");

        post("/api/journal-entries", entry("10.00", "10.00", "key-1")).expectStatus().isCreated();
        refused(post("/api/journal-entries", entry("20.00", "20.00", "key-1")), HttpStatus.CONFLICT, "idempotency.key_reused");

        refused(http.post().uri("/api/journal-entries").header(CurrentActor.TENANT_HEADER, tenant)
                        .header(CurrentActor.USER_HEADER, "auditor").contentType(MediaType.APPLICATION_JSON)
                        .body(entry("10.00", "10.00", null)).exchange(),
                HttpStatus.FORBIDDEN, "access.denied");
        http.get().uri("/api/trial-balance").header(CurrentActor.TENANT_HEADER, tenant).header(CurrentActor.USER_HEADER, "auditor")
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.totals[0].debit").isEqualTo("10.00");

        refused(http.get().uri("/api/trial-balance").header(CurrentActor.USER_HEADER, "alice").exchange(),
                HttpStatus.BAD_REQUEST, "tenant.invalid");
        refused(post("/api/journal-entries", "{\"date\": \"not a date\"}"), HttpStatus.BAD_REQUEST, ApiErrors.MALFORMED_REQUEST);

        get("/api/trial-balance").expectStatus().isOk().expectBody()
                .jsonPath("$.totals[0].debit").isEqualTo("10.00"); // only the one accepted entry
    }

    @Test
    void reservesStockForAnOrderAndShipsIt() {
        post("/api/orders/SO-1/reservations", "{\"sku\": \"WIDGET\", \"quantity\": \"4\"}")
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.reserved").isEqualTo("4")
                .jsonPath("$.unit").isEqualTo("pcs")
                .jsonPath("$.complete").isEqualTo(true);
        refused(post("/api/orders/SO-2/reservations", "{\"sku\": \"WIDGET\", \"quantity\": \"7\"}"),
                HttpStatus.UNPROCESSABLE_CONTENT, "stock.quantity.insufficient");
        refused(post("/api/orders/SO-2/reservations", "{\"sku\": \"GADGET\", \"quantity\": \"1\"}"),
                HttpStatus.NOT_FOUND, "stock.item.not_found");

        post("/api/orders/SO-1/shipment", "")
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.moves.length()").isEqualTo(1)
                .jsonPath("$.moves[0].sku").isEqualTo("WIDGET")
                .jsonPath("$.moves[0].quantity").isEqualTo("4");
        refused(post("/api/orders/SO-1/shipment", ""), HttpStatus.UNPROCESSABLE_CONTENT, "shop.order.nothing_to_ship");

        // 10 received, 4 shipped: 6 left and nothing reserved, so 6 can be reserved now
        post("/api/orders/SO-2/reservations", "{\"sku\": \"WIDGET\", \"quantity\": \"6\"}")
                .expectStatus().isCreated().expectBody().jsonPath("$.reserved").isEqualTo("6");
        assertThat(events.received).filteredOn(ReservationConsumed.class::isInstance).isNotEmpty();
    }

    @Test
    void requestsLeaveCountedInWorkingDays() {
        // Monday 2 to Sunday 8 March 2026: five working days of 25 + 5 carried over from 2025
        post("/api/leave-requests", "{\"employee\": \"E-001\", \"leaveType\": \"VAC\", \"from\": \"2026-03-02\", \"to\": \"2026-03-08\"}")
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.days").isEqualTo(5)
                .jsonPath("$.status").isEqualTo("PENDING")
                .jsonPath("$.available").isEqualTo(25);
        refused(post("/api/leave-requests", "{\"employee\": \"E-001\", \"leaveType\": \"VAC\", \"from\": \"2026-03-06\", \"to\": \"2026-03-09\"}"),
                HttpStatus.UNPROCESSABLE_CONTENT, "personnel.leave.overlaps");
        refused(post("/api/leave-requests", "{\"employee\": \"E-404\", \"leaveType\": \"VAC\", \"from\": \"2026-04-06\", \"to\": \"2026-04-06\"}"),
                HttpStatus.NOT_FOUND, "personnel.employee.not_found");
        refused(post("/api/leave-requests", "{\"employee\": \"E-001\", \"leaveType\": \"VAC\", \"from\": \"2026-05-08\", \"to\": \"2026-05-04\"}"),
                HttpStatus.UNPROCESSABLE_CONTENT, "personnel.leave.invalid_period");
    }

    @Test
    void aHostTransactionThatFailsAfterCallingTheLibraryLeavesNothingBehind() {
        Actor alice = Actor.of(tenant, "alice");
        int auditBefore = audit(alice);

        assertThatThrownBy(() -> failingHost.postThenFail(alice))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("after the library");

        get("/api/trial-balance").expectStatus().isOk().expectBody()
                .jsonPath("$.rows.length()").isEqualTo(0)
                .jsonPath("$.totals.length()").isEqualTo(0);
        assertThat(audit(alice)).as("no audit record of the rolled back posting").isEqualTo(auditBefore);
        assertThat(events.received).as("no event of a transaction that rolled back").isEmpty();
        // the same stock reservation and shipment in one host transaction: the failure undoes both
        assertThatThrownBy(() -> failingHost.reserveShipThenFail(alice)).isInstanceOf(IllegalStateException.class);
        post("/api/orders/SO-9/reservations", "{\"sku\": \"WIDGET\", \"quantity\": \"10\"}")
                .expectStatus().isCreated().expectBody().jsonPath("$.reserved").isEqualTo("10");
    }

    @Test
    void aLibraryCallOutsideAnyTransactionIsRefused() {
        assertThatThrownBy(() -> backOffice.financialReports().trialBalance(Actor.of(tenant, "alice")))
                .hasMessageContaining("host transaction");
    }

    private int audit(Actor actor) {
        return transactions.execute(status -> backOffice.auditTrail().records(actor, AuditQuery.all()).size());
    }

    private String entry(String debit, String credit, String idempotencyKey) {
        return """
                {"date": "2026-01-15", "description": "Cash sale", "idempotencyKey": %s, "lines": [
                  {"account": "1000", "side": "DEBIT", "amount": "%s", "currency": "EUR"},
                  {"account": "4000", "side": "CREDIT", "amount": "%s", "currency": "EUR"}]}"""
                .formatted(idempotencyKey == null ? "null" : "\"" + idempotencyKey + "\"", debit, credit);
    }

    private RestTestClient.ResponseSpec post(String path, String json) {
        return http.post().uri(path).header(CurrentActor.TENANT_HEADER, tenant).header(CurrentActor.USER_HEADER, "alice")
                .contentType(MediaType.APPLICATION_JSON).body(json).exchange();
    }

    private RestTestClient.ResponseSpec get(String path) {
        return http.get().uri(path).header(CurrentActor.TENANT_HEADER, tenant).header(CurrentActor.USER_HEADER, "alice")
                .exchange();
    }

    private static void refused(RestTestClient.ResponseSpec response, HttpStatus status, String code) {
        response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo(code)
                .jsonPath("$.message").isNotEmpty();
    }

    /** What the host sees of the library's events: Spring application events, after commit. */
    static class HostEvents {
        final List<DomainEvent> received = new CopyOnWriteArrayList<>();

        @EventListener
        void on(DomainEvent event) {
            received.add(event);
        }
    }

    /** Host code that calls the library in its own transaction and then fails. */
    static class FailingHostService {
        private final BackOffice backOffice;
        private final OrderFulfilment fulfilment;

        FailingHostService(BackOffice backOffice, OrderFulfilment fulfilment) {
            this.backOffice = backOffice;
            this.fulfilment = fulfilment;
        }

        @Transactional
        public void postThenFail(Actor actor) {
            var chart = backOffice.chartOfAccounts();
            backOffice.ledger().post(actor, NewJournalEntry.on(LocalDate.of(2026, 1, 20), "Sale the host then fails on")
                    .debit(chart.accountByCode(actor, "1000").orElseThrow().id(), Money.of("42.00", "EUR"))
                    .credit(chart.accountByCode(actor, "4000").orElseThrow().id(), Money.of("42.00", "EUR"))
                    .build());
            throw new IllegalStateException("the host failed after the library had posted");
        }

        @Transactional
        public void reserveShipThenFail(Actor actor) {
            fulfilment.reserve(actor, "SO-8", new OrderFulfilment.ReserveRequest("WIDGET", "3", null, null));
            fulfilment.ship(actor, "SO-8");
            throw new IllegalStateException("the host failed after the library had shipped");
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class HostTestBeans {
        @Bean
        HostEvents hostEvents() {
            return new HostEvents();
        }

        @Bean
        FailingHostService failingHostService(BackOffice backOffice, OrderFulfilment fulfilment) {
            return new FailingHostService(backOffice, fulfilment);
        }
    }
}
