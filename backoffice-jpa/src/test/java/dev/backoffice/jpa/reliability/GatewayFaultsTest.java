package dev.backoffice.jpa.reliability;

import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.accounts.api.AuthorizeCharge;
import dev.backoffice.accounts.api.CaptureCharge;
import dev.backoffice.accounts.api.GatewayChargeSnapshot;
import dev.backoffice.accounts.api.GatewayEvent;
import dev.backoffice.accounts.api.InvoiceSnapshot;
import dev.backoffice.accounts.api.PartySnapshot;
import dev.backoffice.accounts.domain.GatewayChargeStatus;
import dev.backoffice.accounts.domain.InvoiceStatus;
import dev.backoffice.accounts.domain.PendingStatus;
import dev.backoffice.accounts.spi.GatewayResponse;
import dev.backoffice.accounts.spi.PaymentGateway;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;
import dev.backoffice.contract.ReceivablesUseCasesContract;
import dev.backoffice.inmemory.InMemoryPaymentGateway;
import dev.backoffice.jpa.JpaAdapters;
import dev.backoffice.jpa.support.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static dev.backoffice.common.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * R6 faults at the payment gateway, on a real PostgreSQL: the gateway acts but its reply is lost
 * (the call looks like a timeout), and the database fails while the gateway's answer is being
 * applied, once (the unit of work retries on a new connection) and for every attempt (the caller
 * gets {@code storage.unavailable}). In each case the retry with the same idempotency key, and
 * the gateway's own notification of the same operation, apply it exactly once: one capture at the
 * gateway, one posting, one payment, nothing half-done in between.
 */
class GatewayFaultsTest extends ReceivablesUseCasesContract {

    private static DataSource dataSource;
    private static JpaAdapters jpaAdapters;

    /** The gateway's last answer, as the wrapper saw it (the notification repeats its references). */
    private final AtomicReference<GatewayResponse> lastAnswer = new AtomicReference<>();
    /** When set, the next capture is done at the gateway but its answer never reaches the library. */
    private final AtomicBoolean loseNextReply = new AtomicBoolean();

    private PartySnapshot customer;
    private InvoiceSnapshot invoice;
    private final List<String> anomalies = new ArrayList<>();

    @BeforeAll
    static void start() {
        dataSource = TestDatabases.newMigratedDatabase(TestDatabases.Kind.POSTGRES, "r6_gateway");
        jpaAdapters = JpaAdapters.create(dataSource);
    }

    @AfterAll
    static void stop() {
        jpaAdapters.close();
    }

    @Override
    protected BackOfficeAdapters adapters() {
        return jpaAdapters;
    }

    @Override
    protected PaymentGateway paymentGateway() {
        return new ReplyLosingGateway(gateway);
    }

    @BeforeEach
    void customerWithAnInvoice() {
        customer = customer("Dupont");
        invoice = invoice(customer, "100.00", JAN_10); // 120.00
    }

    /** Delegates to the scripted gateway, keeps its answers, and can drop one capture's reply. */
    private final class ReplyLosingGateway implements PaymentGateway {
        private final InMemoryPaymentGateway delegate;

        ReplyLosingGateway(InMemoryPaymentGateway delegate) {
            this.delegate = delegate;
        }

        @Override
        public GatewayResponse authorize(TenantId tenant, String idempotencyKey, String merchantReference, Money amount,
                                         String paymentMethod) {
            return kept(delegate.authorize(tenant, idempotencyKey, merchantReference, amount, paymentMethod));
        }

        @Override
        public GatewayResponse capture(TenantId tenant, String idempotencyKey, String gatewayReference, Money amount) {
            GatewayResponse answer = kept(delegate.capture(tenant, idempotencyKey, gatewayReference, amount));
            return loseNextReply.compareAndSet(true, false) ? GatewayResponse.timeout() : answer;
        }

        @Override
        public GatewayResponse voidAuthorization(TenantId tenant, String idempotencyKey, String gatewayReference) {
            return kept(delegate.voidAuthorization(tenant, idempotencyKey, gatewayReference));
        }

        @Override
        public GatewayResponse refund(TenantId tenant, String idempotencyKey, String gatewayReference, Money amount) {
            return kept(delegate.refund(tenant, idempotencyKey, gatewayReference, amount));
        }

        private GatewayResponse kept(GatewayResponse answer) {
            lastAnswer.set(answer);
            return answer;
        }
    }

    private GatewayChargeSnapshot authorized() {
        return context.gatewayPayments().authorize(alice,
                new AuthorizeCharge(customer.id(), eur("120.00"), invoice.id(), "pm_card_visa", "auth-1"));
    }

    private GatewayChargeSnapshot capture(GatewayChargeSnapshot charge) {
        return context.gatewayPayments().capture(alice, new CaptureCharge(charge.id(), null, FEB_10, "capture-1"));
    }

    /** The gateway's notification of the capture it made: the same references as its answer. */
    private GatewayChargeSnapshot notifyCapture(GatewayChargeSnapshot charge, GatewayResponse capture) {
        return context.gatewayPayments().recordGatewayEvent(alice, new GatewayEvent(charge.id(), capture.gatewayReference(),
                capture.transactionReference(), GatewayEvent.Type.CAPTURED, eur("120.00"), FEB_10, null));
    }

    @Test
    void aCaptureWhoseReplyIsLostIsAppliedOnceByTheRetryAndTheNotification() {
        GatewayChargeSnapshot charge = authorized();
        loseNextReply.set(true);

        assertRefused("receivables.gateway.timeout", () -> capture(charge));
        GatewayResponse madeAtTheGateway = lastAnswer.get();
        expect("the charge is still authorized after the lost reply",
                context.gatewayPayments().charge(alice, charge.id()).status() == GatewayChargeStatus.AUTHORIZED);
        expect("nothing posted after the lost reply", balance(gatewayClearing).balance().equals(eur("0.00")));

        GatewayChargeSnapshot retried = capture(charge);
        GatewayChargeSnapshot notified = notifyCapture(charge, madeAtTheGateway);

        expect("the retry captured", retried.status() == GatewayChargeStatus.CAPTURED);
        expect("the notification changed nothing", notified.equals(context.gatewayPayments().charge(alice, charge.id()))
                && notified.payment().equals(retried.payment()));
        appliedOnce(charge, retried, 2);
        report("lost-reply", 4, "");
    }

    @Test
    void aConnectionKilledWhileTheAnswerIsAppliedIsRetriedAndAppliedOnce() throws Exception {
        GatewayChargeSnapshot charge = authorized();
        GatewayChargeSnapshot captured;
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try (Connection blocker = lockTheCharge(charge)) {
            Future<GatewayChargeSnapshot> capture = caller.submit(() -> capture(charge));
            LockWaiters.awaitAndTerminate(dataSource);
            blocker.rollback(); // the unit of work's next attempt goes through
            captured = capture.get(1, TimeUnit.MINUTES);
        } finally {
            caller.shutdownNow();
        }
        notifyCapture(charge, lastAnswer.get());

        expect("the capture went through after the kill", captured.status() == GatewayChargeStatus.CAPTURED);
        appliedOnce(charge, captured, 1);
        report("killed-while-applying", 2, "");
    }

    @Test
    void whenTheDatabaseFailsEveryAttemptTheCallerRetriesWithTheSameKeyAndItIsAppliedOnce() throws Exception {
        GatewayChargeSnapshot charge = authorized();
        int killed = 0;
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try (Connection blocker = lockTheCharge(charge)) {
            Future<GatewayChargeSnapshot> capture = caller.submit(() -> capture(charge));
            while (!capture.isDone()) {
                killed += LockWaiters.terminateOne(dataSource);
                Thread.sleep(5);
            }
            ExecutionException failed = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class, capture::get);
            expect("the caller was told the database is unavailable", failed.getCause() instanceof BackOfficeException refused
                    && refused.code().equals("storage.unavailable"));
            blocker.rollback();
        } finally {
            caller.shutdownNow();
        }
        expect("nothing half-done after the failed attempts",
                context.gatewayPayments().charge(alice, charge.id()).status() == GatewayChargeStatus.AUTHORIZED
                        && balance(gatewayClearing).balance().equals(eur("0.00"))
                        && balance(gatewayClearing).pendingDebits().equals(eur("120.00")));

        GatewayChargeSnapshot retried = capture(charge);

        expect("the retry captured", retried.status() == GatewayChargeStatus.CAPTURED);
        appliedOnce(charge, retried, 2);
        report("database-down-after-gateway", 2, " killed=" + killed);
        assertThat(killed).as("every attempt of the unit of work was killed").isGreaterThan(1);
    }

    /** One capture at the gateway, one posting of the pending entry, one payment, the invoice paid. */
    private void appliedOnce(GatewayChargeSnapshot charge, GatewayChargeSnapshot captured, int captureCalls) {
        List<InMemoryPaymentGateway.Call> captures = gateway.calls().stream()
                .filter(call -> call.operation().equals("capture")).toList();
        expect(captureCalls + " capture calls, all with one key (one capture at the gateway)",
                captures.size() == captureCalls && captures.stream().allMatch(call -> call.idempotencyKey().equals("capture-1")));
        expect("captured in full once", captured.captured().equals(eur("120.00")));
        expect("the pending entry posted once", backOffice.ledger().pendingEntry(alice, charge.pendingEntry()).status()
                == PendingStatus.POSTED);
        expect("the clearing account holds the capture once", balance(gatewayClearing).balance().equals(eur("120.00"))
                && balance(gatewayClearing).pendingDebits().equals(eur("0.00")));
        expect("the invoice is paid once", context.invoicing().invoice(alice, invoice.id()).status() == InvoiceStatus.PAID
                && balance(receivable).balance().equals(eur("0.00")) && balance(customerCredit).balance().equals(eur("0.00")));
        expect("one payment for the charge", context.payments().payment(alice, captured.payment()).amount().equals(eur("120.00"))
                && count("SELECT count(*) FROM bo_payments WHERE tenant_id = '" + alice.tenant().value() + "'") == 1);
    }

    private void expect(String what, boolean holds) {
        if (!holds) {
            anomalies.add(what);
        }
    }

    private void report(String name, int operations, String figures) {
        System.out.println("RELIABILITY R6 gateway-" + name + " threads=1 operations=" + operations + figures
                + " anomalies=" + anomalies.size());
        assertThat(anomalies).isEmpty();
    }

    private static Connection lockTheCharge(GatewayChargeSnapshot charge) throws SQLException {
        Connection blocker = dataSource.getConnection();
        blocker.setAutoCommit(false);
        try (PreparedStatement lock = blocker.prepareStatement("SELECT status FROM bo_gateway_charges WHERE id = ? FOR UPDATE")) {
            lock.setObject(1, charge.id().value());
            lock.executeQuery().close();
        }
        return blocker;
    }

    private static long count(String sql) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
