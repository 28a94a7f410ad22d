package dev.backoffice.contract;

import dev.backoffice.accounts.domain.InvoiceKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract of {@link dev.backoffice.accounts.spi.DocumentNumbers}: gapless series per tenant, kind and year. */
public abstract class DocumentNumbersContract extends ReceivablesAdapterContract {

    @Test
    void eachSeriesCountsFromOneOnItsOwn() {
        assertThat(inTx(() -> receivables().documentNumbers().next(tenant, InvoiceKind.CUSTOMER_INVOICE, 2026))).isEqualTo(1);
        assertThat(inTx(() -> receivables().documentNumbers().next(tenant, InvoiceKind.CUSTOMER_INVOICE, 2026))).isEqualTo(2);
        assertThat(inTx(() -> receivables().documentNumbers().next(tenant, InvoiceKind.CUSTOMER_INVOICE, 2027))).isEqualTo(1);
        assertThat(inTx(() -> receivables().documentNumbers().next(tenant, InvoiceKind.SUPPLIER_BILL, 2026))).isEqualTo(1);
        assertThat(inTx(() -> receivables().documentNumbers().next(otherTenant, InvoiceKind.CUSTOMER_INVOICE, 2026))).isEqualTo(1);
        assertThat(inTx(() -> receivables().documentNumbers().last(tenant, InvoiceKind.CUSTOMER_INVOICE, 2026))).isEqualTo(2);
        assertThat(inTx(() -> receivables().documentNumbers().last(tenant, InvoiceKind.CUSTOMER_CREDIT_NOTE, 2026))).isZero();
    }

    @Test
    void aNumberTakenInAUnitOfWorkThatRollsBackIsGivenAgain() {
        inTx(() -> receivables().documentNumbers().next(tenant, InvoiceKind.CUSTOMER_INVOICE, 2026));
        assertThatThrownBy(() -> inTx(() -> {
            receivables().documentNumbers().next(tenant, InvoiceKind.CUSTOMER_INVOICE, 2026);
            throw new IllegalStateException("posting refused");
        })).hasMessage("posting refused");

        assertThat(inTx(() -> receivables().documentNumbers().next(tenant, InvoiceKind.CUSTOMER_INVOICE, 2026))).isEqualTo(2);
    }

    @Test
    void concurrentIssuersGetDistinctNumbersWithoutGaps() throws Exception {
        int threads = 4;
        int each = 50;
        java.util.Set<Long> taken = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            java.util.List<java.util.concurrent.Future<?>> futures = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        taken.add(inTx(() -> receivables().documentNumbers().next(tenant, InvoiceKind.SUPPLIER_BILL, 2026)));
                    }
                }));
            }
            for (java.util.concurrent.Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(taken).hasSize(threads * each);
        assertThat(java.util.Collections.max(taken)).isEqualTo((long) threads * each);
    }
}
