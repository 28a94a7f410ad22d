package dev.backoffice.contract;

import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.Allocation;
import dev.backoffice.accounts.domain.InvoiceId;
import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.accounts.domain.Party;
import dev.backoffice.accounts.domain.PartyRole;
import dev.backoffice.accounts.domain.Payment;
import dev.backoffice.accounts.domain.PaymentDirection;
import dev.backoffice.accounts.domain.PaymentId;
import dev.backoffice.accounts.domain.PaymentStatus;
import dev.backoffice.accounts.domain.Refund;
import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.TenantId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract of {@link dev.backoffice.accounts.spi.PaymentRecords}. */
public abstract class PaymentsContract extends ReceivablesAdapterContract {

    private static final LocalDate MAR_2 = LocalDate.of(2026, 3, 2);

    private Payment payment(TenantId owner, Party party, LocalDate date, boolean needsApproval) {
        Payment payment = Payment.record(PaymentId.of(newId()), owner, PaymentDirection.INCOMING, party.id(),
                party.role(), eur("100.00"), date, AccountId.of(newId()), "WIRE-1", null, needsApproval, "alice", NOW,
                AdapterContract::newId);
        if (!needsApproval) {
            payment.posted(JournalEntryId.of(newId()));
        }
        payment.pullEvents();
        return payment;
    }

    @Test
    void storesAndFindsAPaymentWithItsAllocationsAndRefundsInItsTenantOnly() {
        Party customer = storedParty(tenant, PartyRole.CUSTOMER, "Dupont");
        Payment payment = payment(tenant, customer, MAR_2, false);
        UUID undone = newId();
        InvoiceId invoice = InvoiceId.of(newId());
        payment.allocate(undone, invoice, eur("40.00"), MAR_2, JournalEntryId.of(newId()), NOW, AdapterContract::newId);
        payment.undoAllocation(undone, MAR_2.plusDays(1), JournalEntryId.of(newId()), NOW, AdapterContract::newId);
        payment.allocate(newId(), invoice, eur("30.00"), MAR_2, JournalEntryId.of(newId()), NOW, AdapterContract::newId);
        payment.refund(newId(), eur("10.00"), MAR_2, JournalEntryId.of(newId()), NOW, AdapterContract::newId);
        inTx(() -> receivables().payments().add(payment));

        Payment found = inTx(() -> receivables().payments().find(tenant, payment.id())).orElseThrow();
        assertThat(found.direction()).isEqualTo(PaymentDirection.INCOMING);
        assertThat(found.party()).isEqualTo(customer.id());
        assertThat(found.partyRole()).isEqualTo(PartyRole.CUSTOMER);
        assertThat(found.amount()).isEqualTo(eur("100.00"));
        assertThat(found.date()).isEqualTo(MAR_2);
        assertThat(found.bankAccount()).isEqualTo(payment.bankAccount());
        assertThat(found.reference()).contains("WIRE-1");
        assertThat(found.status()).isEqualTo(PaymentStatus.RECORDED);
        assertThat(found.receiptEntry()).isEqualTo(payment.receiptEntry());
        assertThat(found.allocations()).containsExactlyElementsOf(payment.allocations());
        assertThat(found.allocations()).extracting(Allocation::isUndone).containsExactly(true, false);
        assertThat(found.refunds()).extracting(Refund::amount).containsExactly(eur("10.00"));
        assertThat(found.unallocated()).isEqualTo(eur("60.00"));
        assertThat(inTx(() -> receivables().payments().find(otherTenant, payment.id()))).isEmpty();
    }

    @Test
    void storesAChangeOnceAndRefusesAStaleVersion() {
        Party supplier = storedParty(tenant, PartyRole.SUPPLIER, "Acier");
        Payment payment = payment(tenant, supplier, MAR_2, true);
        inTx(() -> receivables().payments().add(payment));
        Payment first = inTx(() -> receivables().payments().find(tenant, payment.id())).orElseThrow();
        Payment second = inTx(() -> receivables().payments().find(tenant, payment.id())).orElseThrow();

        first.approve("bob", NOW, AdapterContract::newId);
        inTx(() -> receivables().payments().update(first));
        second.approve("carol", NOW, AdapterContract::newId);

        assertThatThrownBy(() -> inTx(() -> receivables().payments().update(second)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(inTx(() -> receivables().payments().find(tenant, payment.id())).orElseThrow().approvedBy())
                .contains("bob");
    }

    @Test
    void findsThePaymentsOfAPartyAndOfARoleUpToADate() {
        Party customer = storedParty(tenant, PartyRole.CUSTOMER, "Dupont");
        Party other = storedParty(tenant, PartyRole.CUSTOMER, "Martin");
        Party supplier = storedParty(tenant, PartyRole.SUPPLIER, "Acier");
        Payment late = payment(tenant, customer, MAR_2.plusDays(3), false);
        Payment early = payment(tenant, customer, MAR_2, false);
        Payment others = payment(tenant, other, MAR_2, false);
        Payment paid = payment(tenant, supplier, MAR_2, false);
        Payment foreign = payment(otherTenant, storedParty(otherTenant, PartyRole.CUSTOMER, "X"), MAR_2, false);
        inTx(() -> List.of(late, early, others, paid, foreign).forEach(receivables().payments()::add));

        assertThat(inTx(() -> receivables().payments().findByParty(tenant, customer.id())))
                .extracting(Payment::id).containsExactly(early.id(), late.id());
        assertThat(inTx(() -> receivables().payments().findByRole(tenant, PartyRole.CUSTOMER, MAR_2)))
                .extracting(Payment::id).containsExactlyInAnyOrder(early.id(), others.id());
        assertThat(inTx(() -> receivables().payments().findByRole(tenant, PartyRole.SUPPLIER, MAR_2.plusDays(9))))
                .extracting(Payment::id).containsExactly(paid.id());
    }
}
