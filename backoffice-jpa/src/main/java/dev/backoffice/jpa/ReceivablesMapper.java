package dev.backoffice.jpa;

import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.Address;
import dev.backoffice.accounts.domain.Allocation;
import dev.backoffice.accounts.domain.DocumentTotals;
import dev.backoffice.accounts.domain.GatewayCharge;
import dev.backoffice.accounts.domain.GatewayChargeId;
import dev.backoffice.accounts.domain.Invoice;
import dev.backoffice.accounts.domain.InvoiceId;
import dev.backoffice.accounts.domain.InvoiceLine;
import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.accounts.domain.Party;
import dev.backoffice.accounts.domain.PartyId;
import dev.backoffice.accounts.domain.PaymentTerms;
import dev.backoffice.accounts.domain.Payment;
import dev.backoffice.accounts.domain.PaymentId;
import dev.backoffice.accounts.domain.PendingEntryId;
import dev.backoffice.accounts.domain.ReceivablesConfiguration;
import dev.backoffice.accounts.domain.Refund;
import dev.backoffice.accounts.domain.Settlement;
import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.AllocationEmbeddable;
import dev.backoffice.jpa.entity.GatewayChargeEntity;
import dev.backoffice.jpa.entity.InvoiceEntity;
import dev.backoffice.jpa.entity.InvoiceLineEmbeddable;
import dev.backoffice.jpa.entity.LineTotalEmbeddable;
import dev.backoffice.jpa.entity.PartyEntity;
import dev.backoffice.jpa.entity.PaymentEntity;
import dev.backoffice.jpa.entity.ReceivablesConfigurationEntity;
import dev.backoffice.jpa.entity.RefundEmbeddable;
import dev.backoffice.jpa.entity.SettlementEmbeddable;
import dev.backoffice.jpa.entity.TaxTotalEmbeddable;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Hand-written mapping between the receivables aggregates and their rows: the aggregates guard
 * their invariants and are rebuilt through their {@code restore} factories. Amounts are stored in
 * minor units of the row's currency; decimals as their canonical text, so that their scale survives.
 */
final class ReceivablesMapper {

    private ReceivablesMapper() {
    }

    // ---- parties

    static PartyEntity newEntity(Party party) {
        PartyEntity entity = new PartyEntity();
        entity.setId(party.id().value());
        entity.setTenantId(party.tenant().value());
        entity.setRole(party.role());
        entity.setCreatedAt(party.createdAt());
        entity.setVersion(party.version());
        copyChangeable(party, entity);
        return entity;
    }

    static void copyChangeable(Party party, PartyEntity entity) {
        entity.setName(party.name());
        entity.setTaxId(party.taxId().orElse(null));
        Address billing = party.billingAddress().orElse(null);
        entity.setBillingLine1(billing == null ? null : billing.line1());
        entity.setBillingLine2(billing == null ? null : billing.line2());
        entity.setBillingPostalCode(billing == null ? null : billing.postalCode());
        entity.setBillingCity(billing == null ? null : billing.city());
        entity.setBillingRegion(billing == null ? null : billing.region());
        entity.setBillingCountry(billing == null ? null : billing.country());
        Address shipping = party.shippingAddress().orElse(null);
        entity.setShippingLine1(shipping == null ? null : shipping.line1());
        entity.setShippingLine2(shipping == null ? null : shipping.line2());
        entity.setShippingPostalCode(shipping == null ? null : shipping.postalCode());
        entity.setShippingCity(shipping == null ? null : shipping.city());
        entity.setShippingRegion(shipping == null ? null : shipping.region());
        entity.setShippingCountry(shipping == null ? null : shipping.country());
        entity.setNetDays(party.paymentTerms().netDays());
        entity.setCurrency(party.currency().getCurrencyCode());
    }

    static Party toDomain(PartyEntity e) {
        Address billing = e.getBillingLine1() == null ? null : new Address(e.getBillingLine1(), e.getBillingLine2(),
                e.getBillingPostalCode(), e.getBillingCity(), e.getBillingRegion(), e.getBillingCountry());
        Address shipping = e.getShippingLine1() == null ? null : new Address(e.getShippingLine1(), e.getShippingLine2(),
                e.getShippingPostalCode(), e.getShippingCity(), e.getShippingRegion(), e.getShippingCountry());
        return Party.restore(PartyId.of(e.getId()), TenantId.of(e.getTenantId()), e.getRole(), e.getName(),
                e.getTaxId(), billing, shipping, new PaymentTerms(e.getNetDays()), Currency.getInstance(e.getCurrency()),
                e.getCreatedAt(), e.getVersion());
    }

    // ---- configurations

    static void copy(ReceivablesConfiguration c, ReceivablesConfigurationEntity e) {
        e.setTenantId(c.tenant().value());
        e.setCurrency(c.currency().getCurrencyCode());
        e.setReceivable(c.receivable().value());
        e.setCustomerCredit(c.customerCredit().value());
        e.setRevenue(c.revenue().value());
        e.setOutputTax(c.outputTax().value());
        e.setPayable(c.payable().value());
        e.setSupplierAdvances(c.supplierAdvances().value());
        e.setExpense(c.expense().value());
        e.setInputTax(c.inputTax().value());
        e.setBank(c.bank().value());
        e.setGatewayClearing(c.gatewayClearing() == null ? null : c.gatewayClearing().value());
        e.setApprovalThresholdMinor(c.approvalThreshold() == null ? null : c.approvalThreshold().minorUnits());
    }

    static ReceivablesConfiguration toDomain(ReceivablesConfigurationEntity e) {
        Currency currency = Currency.getInstance(e.getCurrency());
        return new ReceivablesConfiguration(TenantId.of(e.getTenantId()), currency, AccountId.of(e.getReceivable()),
                AccountId.of(e.getCustomerCredit()), AccountId.of(e.getRevenue()), AccountId.of(e.getOutputTax()),
                AccountId.of(e.getPayable()), AccountId.of(e.getSupplierAdvances()), AccountId.of(e.getExpense()),
                AccountId.of(e.getInputTax()), AccountId.of(e.getBank()), id(e.getGatewayClearing(), AccountId::of),
                e.getApprovalThresholdMinor() == null ? null : Money.ofMinor(e.getApprovalThresholdMinor(), currency));
    }

    // ---- invoices

    static InvoiceEntity newEntity(Invoice invoice) {
        InvoiceEntity entity = new InvoiceEntity();
        entity.setId(invoice.id().value());
        entity.setTenantId(invoice.tenant().value());
        entity.setKind(invoice.kind());
        entity.setPartyId(invoice.party().value());
        entity.setCurrency(invoice.currency().getCurrencyCode());
        entity.setCorrectionOf(invoice.correctionOf().map(InvoiceId::value).orElse(null));
        entity.setCreatedBy(invoice.createdBy());
        entity.setCreatedAt(invoice.createdAt());
        entity.setVersion(invoice.version());
        entity.getLines().addAll(lines(invoice));
        entity.getLineTotals().addAll(lineTotals(invoice));
        entity.getTaxes().addAll(taxes(invoice));
        copyState(invoice, entity);
        return entity;
    }

    /** Whether the lines, line totals or taxes of the row differ from the document's. */
    static boolean contentDiffers(Invoice invoice, InvoiceEntity entity) {
        return !toDomainLines(entity).equals(invoice.lines()) || !toDomainTotals(entity).equals(invoice.totals());
    }

    /** Replaces the lines, line totals and taxes of the row (a draft's) with the document's. */
    static void replaceContent(Invoice invoice, InvoiceEntity entity) {
        entity.getLines().clear();
        entity.getLines().addAll(lines(invoice));
        entity.getLineTotals().clear();
        entity.getLineTotals().addAll(lineTotals(invoice));
        entity.getTaxes().clear();
        entity.getTaxes().addAll(taxes(invoice));
    }

    /** Copies what changes after drafting: reference, totals, issue, status, settlements, credits. */
    static void copyState(Invoice invoice, InvoiceEntity entity) {
        entity.setReference(invoice.reference().orElse(null));
        entity.setStatus(invoice.status());
        entity.setNumber(invoice.number().orElse(null));
        entity.setIssueDate(invoice.issueDate().orElse(null));
        entity.setDueDate(invoice.dueDate().orElse(null));
        entity.setJournalEntryId(invoice.journalEntry().map(JournalEntryId::value).orElse(null));
        entity.setNetMinor(invoice.totals().net().minorUnits());
        entity.setTaxMinor(invoice.totals().tax().minorUnits());
        entity.setGrossMinor(invoice.totals().gross().minorUnits());
        entity.setCreditedMinor(invoice.credited().minorUnits());
        entity.setIssuedBy(invoice.issuedBy().orElse(null));
        entity.setIssuedAt(invoice.issuedAt().orElse(null));
        List<SettlementEmbeddable> settlements = invoice.settlements().stream().map(s -> {
            SettlementEmbeddable row = new SettlementEmbeddable();
            row.setSourceId(s.source());
            row.setSettledOn(s.date());
            row.setAmountMinor(s.amount().minorUnits());
            return row;
        }).toList();
        sync(entity.getSettlements(), settlements, ReceivablesMapper::sameSettlement);
    }

    static Invoice toDomain(InvoiceEntity e) {
        Currency currency = Currency.getInstance(e.getCurrency());
        List<Settlement> settlements = e.getSettlements().stream()
                .map(s -> new Settlement(s.getSourceId(), s.getSettledOn(), Money.ofMinor(s.getAmountMinor(), currency)))
                .toList();
        return Invoice.restore(InvoiceId.of(e.getId()), TenantId.of(e.getTenantId()), e.getKind(),
                PartyId.of(e.getPartyId()), currency, id(e.getCorrectionOf(), InvoiceId::of), toDomainLines(e),
                toDomainTotals(e), e.getReference(), e.getStatus(), e.getNumber(), e.getIssueDate(), e.getDueDate(),
                id(e.getJournalEntryId(), JournalEntryId::of), settlements, Money.ofMinor(e.getCreditedMinor(), currency),
                e.getCreatedBy(), e.getCreatedAt(), e.getIssuedBy(), e.getIssuedAt(), e.getVersion());
    }

    private static List<InvoiceLineEmbeddable> lines(Invoice invoice) {
        return invoice.lines().stream().map(line -> {
            InvoiceLineEmbeddable row = new InvoiceLineEmbeddable();
            row.setLineNo(line.lineNo());
            row.setDescription(line.description());
            row.setQuantity(line.quantity().toString());
            row.setUnitPriceMinor(line.unitPrice().minorUnits());
            row.setDiscountPercent(line.discountPercent().toString());
            row.setTaxCode(line.taxCode());
            row.setAccountId(line.account() == null ? null : line.account().value());
            return row;
        }).toList();
    }

    private static List<LineTotalEmbeddable> lineTotals(Invoice invoice) {
        return invoice.totals().lines().stream().map(total -> {
            LineTotalEmbeddable row = new LineTotalEmbeddable();
            row.setLineNo(total.lineNo());
            row.setNetMinor(total.net().minorUnits());
            row.setTaxMinor(total.tax().minorUnits());
            row.setGrossMinor(total.gross().minorUnits());
            return row;
        }).toList();
    }

    private static List<TaxTotalEmbeddable> taxes(Invoice invoice) {
        return invoice.totals().taxes().stream().map(tax -> {
            TaxTotalEmbeddable row = new TaxTotalEmbeddable();
            row.setTaxCode(tax.taxCode());
            row.setRatePercent(tax.ratePercent().toString());
            row.setBaseMinor(tax.base().minorUnits());
            row.setTaxMinor(tax.tax().minorUnits());
            return row;
        }).toList();
    }

    private static List<InvoiceLine> toDomainLines(InvoiceEntity e) {
        Currency currency = Currency.getInstance(e.getCurrency());
        return e.getLines().stream()
                .map(row -> new InvoiceLine(row.getLineNo(), row.getDescription(), new BigDecimal(row.getQuantity()),
                        Money.ofMinor(row.getUnitPriceMinor(), currency), new BigDecimal(row.getDiscountPercent()),
                        row.getTaxCode(), id(row.getAccountId(), AccountId::of)))
                .toList();
    }

    private static DocumentTotals toDomainTotals(InvoiceEntity e) {
        Currency currency = Currency.getInstance(e.getCurrency());
        List<DocumentTotals.LineTotal> lines = e.getLineTotals().stream()
                .map(row -> new DocumentTotals.LineTotal(row.getLineNo(), Money.ofMinor(row.getNetMinor(), currency),
                        Money.ofMinor(row.getTaxMinor(), currency), Money.ofMinor(row.getGrossMinor(), currency)))
                .toList();
        List<DocumentTotals.TaxTotal> taxes = e.getTaxes().stream()
                .map(row -> new DocumentTotals.TaxTotal(row.getTaxCode(), new BigDecimal(row.getRatePercent()),
                        Money.ofMinor(row.getBaseMinor(), currency), Money.ofMinor(row.getTaxMinor(), currency)))
                .toList();
        return new DocumentTotals(Money.ofMinor(e.getNetMinor(), currency), Money.ofMinor(e.getTaxMinor(), currency),
                Money.ofMinor(e.getGrossMinor(), currency), lines, taxes);
    }

    private static boolean sameSettlement(SettlementEmbeddable a, SettlementEmbeddable b) {
        return a.getSourceId().equals(b.getSourceId()) && a.getSettledOn().equals(b.getSettledOn())
                && a.getAmountMinor() == b.getAmountMinor();
    }

    // ---- payments

    static PaymentEntity newEntity(Payment payment) {
        PaymentEntity entity = new PaymentEntity();
        entity.setId(payment.id().value());
        entity.setTenantId(payment.tenant().value());
        entity.setDirection(payment.direction());
        entity.setPartyId(payment.party().value());
        entity.setPartyRole(payment.partyRole());
        entity.setCurrency(payment.amount().currency().getCurrencyCode());
        entity.setAmountMinor(payment.amount().minorUnits());
        entity.setDate(payment.date());
        entity.setBankAccountId(payment.bankAccount().value());
        entity.setCreatedBy(payment.createdBy());
        entity.setCreatedAt(payment.createdAt());
        entity.setVersion(payment.version());
        copyState(payment, entity);
        return entity;
    }

    /** Copies what changes after recording: reference, charge, status, receipt, approval, allocations, refunds. */
    static void copyState(Payment payment, PaymentEntity entity) {
        entity.setReference(payment.reference().orElse(null));
        entity.setChargeId(payment.charge().map(GatewayChargeId::value).orElse(null));
        entity.setStatus(payment.status());
        entity.setReceiptEntryId(payment.receiptEntry().map(JournalEntryId::value).orElse(null));
        entity.setApprovedBy(payment.approvedBy().orElse(null));
        entity.setApprovedAt(payment.approvedAt().orElse(null));
        List<AllocationEmbeddable> allocations = payment.allocations().stream().map(a -> {
            AllocationEmbeddable row = new AllocationEmbeddable();
            row.setAllocationId(a.id());
            row.setInvoiceId(a.invoice().value());
            row.setAmountMinor(a.amount().minorUnits());
            row.setAllocatedOn(a.date());
            row.setEntryId(a.entry().value());
            row.setUndoneOn(a.undoneOn());
            row.setReversalId(a.reversal() == null ? null : a.reversal().value());
            return row;
        }).toList();
        syncByPosition(entity.getAllocations(), allocations, ReceivablesMapper::sameAllocation, ReceivablesMapper::copyAllocation);
        List<RefundEmbeddable> refunds = payment.refunds().stream().map(r -> {
            RefundEmbeddable row = new RefundEmbeddable();
            row.setRefundId(r.id());
            row.setAmountMinor(r.amount().minorUnits());
            row.setRefundedOn(r.date());
            row.setEntryId(r.entry().value());
            return row;
        }).toList();
        sync(entity.getRefunds(), refunds, (a, b) -> a.getRefundId().equals(b.getRefundId()));
    }

    static Payment toDomain(PaymentEntity e) {
        Currency currency = Currency.getInstance(e.getCurrency());
        List<Allocation> allocations = e.getAllocations().stream()
                .map(a -> new Allocation(a.getAllocationId(), InvoiceId.of(a.getInvoiceId()),
                        Money.ofMinor(a.getAmountMinor(), currency), a.getAllocatedOn(), JournalEntryId.of(a.getEntryId()),
                        a.getUndoneOn(), id(a.getReversalId(), JournalEntryId::of)))
                .toList();
        List<Refund> refunds = e.getRefunds().stream()
                .map(r -> new Refund(r.getRefundId(), Money.ofMinor(r.getAmountMinor(), currency), r.getRefundedOn(),
                        JournalEntryId.of(r.getEntryId())))
                .toList();
        return Payment.restore(PaymentId.of(e.getId()), TenantId.of(e.getTenantId()), e.getDirection(),
                PartyId.of(e.getPartyId()), e.getPartyRole(), Money.ofMinor(e.getAmountMinor(), currency), e.getDate(),
                AccountId.of(e.getBankAccountId()), e.getReference(), id(e.getChargeId(), GatewayChargeId::of),
                e.getStatus(), id(e.getReceiptEntryId(), JournalEntryId::of), e.getCreatedBy(), e.getCreatedAt(),
                e.getApprovedBy(), e.getApprovedAt(), allocations, refunds, e.getVersion());
    }

    private static boolean sameAllocation(AllocationEmbeddable a, AllocationEmbeddable b) {
        return a.getAllocationId().equals(b.getAllocationId());
    }

    private static void copyAllocation(AllocationEmbeddable from, AllocationEmbeddable to) {
        to.setUndoneOn(from.getUndoneOn());
        to.setReversalId(from.getReversalId());
    }

    // ---- gateway charges

    static GatewayChargeEntity newEntity(GatewayCharge charge) {
        GatewayChargeEntity entity = new GatewayChargeEntity();
        entity.setId(charge.id().value());
        entity.setTenantId(charge.tenant().value());
        entity.setPartyId(charge.party().value());
        entity.setInvoiceId(charge.invoice().map(InvoiceId::value).orElse(null));
        entity.setCurrency(charge.amount().currency().getCurrencyCode());
        entity.setAmountMinor(charge.amount().minorUnits());
        entity.setCreatedBy(charge.createdBy());
        entity.setCreatedAt(charge.createdAt());
        entity.setVersion(charge.version());
        copyState(charge, entity);
        return entity;
    }

    /** Copies what changes after the request: status, gateway references, amounts captured and refunded. */
    static void copyState(GatewayCharge charge, GatewayChargeEntity entity) {
        entity.setStatus(charge.status());
        entity.setGatewayReference(charge.gatewayReference().orElse(null));
        entity.setPendingEntryId(charge.pendingEntry().map(PendingEntryId::value).orElse(null));
        entity.setPaymentId(charge.payment().map(PaymentId::value).orElse(null));
        entity.setCapturedMinor(charge.captured().minorUnits());
        entity.setRefundedMinor(charge.refunded().minorUnits());
        entity.setDeclineReason(charge.declineReason().orElse(null));
        entity.getTransactions().retainAll(charge.transactions());
        for (String transaction : charge.transactions()) {
            if (!entity.getTransactions().contains(transaction)) {
                entity.getTransactions().add(transaction);
            }
        }
    }

    static GatewayCharge toDomain(GatewayChargeEntity e) {
        Currency currency = Currency.getInstance(e.getCurrency());
        return GatewayCharge.restore(GatewayChargeId.of(e.getId()), TenantId.of(e.getTenantId()),
                PartyId.of(e.getPartyId()), id(e.getInvoiceId(), InvoiceId::of),
                Money.ofMinor(e.getAmountMinor(), currency), e.getStatus(), e.getGatewayReference(),
                id(e.getPendingEntryId(), PendingEntryId::of), id(e.getPaymentId(), PaymentId::of),
                Money.ofMinor(e.getCapturedMinor(), currency), Money.ofMinor(e.getRefundedMinor(), currency),
                e.getDeclineReason(), new LinkedHashSet<>(e.getTransactions()), e.getCreatedBy(), e.getCreatedAt(),
                e.getVersion());
    }

    // ---- shared

    private static <T> T id(UUID value, Function<UUID, T> of) {
        return value == null ? null : of.apply(value);
    }

    /** {@link #syncByPosition} for rows that never change once stored. */
    private static <T> void sync(List<T> stored, List<T> wanted, java.util.function.BiPredicate<T, T> same) {
        syncByPosition(stored, wanted, same, (from, to) -> { });
    }

    /**
     * Brings a stored list to the wanted one touching as little as possible: when the stored rows
     * are the start of the wanted ones (by {@code same}), their changeable columns are updated in
     * place (by {@code update}) and only the new rows are appended, so that the ordered collection
     * inserts those and leaves the others alone; otherwise the list is replaced.
     */
    private static <T> void syncByPosition(List<T> stored, List<T> wanted, java.util.function.BiPredicate<T, T> same,
                                           java.util.function.BiConsumer<T, T> update) {
        if (stored.size() <= wanted.size() && isPrefix(stored, wanted, same)) {
            for (int i = 0; i < stored.size(); i++) {
                update.accept(wanted.get(i), stored.get(i));
            }
            if (stored.size() < wanted.size()) {
                stored.addAll(wanted.subList(stored.size(), wanted.size()));
            }
            return;
        }
        stored.clear();
        stored.addAll(wanted);
    }

    private static <T> boolean isPrefix(List<T> stored, List<T> wanted, java.util.function.BiPredicate<T, T> same) {
        for (int i = 0; i < stored.size(); i++) {
            if (!same.test(stored.get(i), wanted.get(i))) {
                return false;
            }
        }
        return true;
    }
}
