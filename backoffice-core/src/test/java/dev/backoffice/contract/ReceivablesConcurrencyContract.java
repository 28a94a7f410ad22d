package dev.backoffice.contract;

import dev.backoffice.accounts.api.AllocatePayment;
import dev.backoffice.accounts.api.DraftInvoice;
import dev.backoffice.accounts.api.InvoiceSnapshot;
import dev.backoffice.accounts.api.IssueInvoice;
import dev.backoffice.accounts.api.PartySnapshot;
import dev.backoffice.accounts.api.PaymentSnapshot;
import dev.backoffice.accounts.api.RecordPayment;
import dev.backoffice.accounts.domain.InvoiceStatus;
import dev.backoffice.common.BackOfficeException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.backoffice.accounts.api.AllocatePayment.part;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Receivables under concurrent use: payments racing to settle one invoice never settle more than
 * is open, and documents issued at the same time get distinct, gapless numbers. An adapter for a
 * shared database runs it against that database.
 */
public abstract class ReceivablesConcurrencyContract extends ReceivablesUseCasesContract {

    private static final int THREADS = 8;

    private <T> List<T> race(int tasks, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < tasks; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void paymentsRacingToSettleOneInvoiceNeverSettleMoreThanIsOpen() throws Exception {
        PartySnapshot dupont = customer("Dupont");
        InvoiceSnapshot invoice = invoice(dupont, "100.00", JAN_10); // 120.00
        List<PaymentSnapshot> payments = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            payments.add(context.payments().record(alice, RecordPayment.incoming(dupont.id(), eur("20.00"), FEB_10)));
        }
        AtomicInteger next = new AtomicInteger();
        Set<String> refusals = ConcurrentHashMap.newKeySet();

        List<Boolean> settled = race(THREADS, () -> {
            PaymentSnapshot payment = payments.get(next.getAndIncrement());
            try {
                context.payments().allocate(alice, AllocatePayment.of(payment.id(), FEB_10,
                        part(invoice.id(), eur("20.00"))));
                return true;
            } catch (BackOfficeException refused) {
                refusals.add(refused.code());
                return false;
            }
        });

        assertThat(refusals).isSubsetOf("receivables.invoice.not_open", "receivables.payment.allocation_exceeds_open",
                "concurrency.conflict");
        // six payments of 20.00 settle the 120.00; on a database a racer that lost every retry to the
        // others is refused with concurrency.conflict (its payment stays unallocated), never let through
        long won = settled.stream().filter(Boolean::booleanValue).count();
        assertThat(won).isBetween(1L, 6L);
        if (won < 6) {
            assertThat(refusals).contains("concurrency.conflict");
        }
        dev.backoffice.common.Money settledAmount = eur("20.00").times(won);
        InvoiceSnapshot after = context.invoicing().invoice(alice, invoice.id());
        assertThat(after.status()).isEqualTo(won == 6 ? InvoiceStatus.PAID : InvoiceStatus.PARTIALLY_PAID);
        assertThat(after.open()).isEqualTo(eur("120.00").minus(settledAmount));
        assertThat(balance(receivable).balance()).isEqualTo(eur("120.00").minus(settledAmount));
        assertThat(balance(customerCredit).balance()).isEqualTo(eur("160.00").minus(settledAmount));
    }

    @Test
    void documentsIssuedAtTheSameTimeGetDistinctGaplessNumbers() throws Exception {
        PartySnapshot dupont = customer("Dupont");
        List<InvoiceSnapshot> drafts = new ArrayList<>();
        for (int i = 0; i < THREADS * 2; i++) {
            drafts.add(context.invoicing().draft(alice,
                    DraftInvoice.customerInvoice(dupont.id(), line("Goods", "1", "10.00", "STD"))));
        }
        AtomicInteger next = new AtomicInteger();

        List<String> numbers = race(drafts.size(), () -> context.invoicing()
                .issue(alice, IssueInvoice.of(drafts.get(next.getAndIncrement()).id(), FEB_10)).number());

        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= drafts.size(); i++) {
            expected.add(String.format("INV-2026-%06d", i));
        }
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(balance(receivable).balance()).isEqualTo(eur("192.00"));
    }
}
