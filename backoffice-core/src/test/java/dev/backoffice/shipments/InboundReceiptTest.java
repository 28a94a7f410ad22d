package dev.backoffice.shipments;

import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.Money;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.TenantId;
import dev.backoffice.shipments.domain.InboundGoods;
import dev.backoffice.shipments.domain.InboundGoodsReceived;
import dev.backoffice.shipments.domain.InboundLine;
import dev.backoffice.shipments.domain.InboundReceipt;
import dev.backoffice.shipments.domain.InboundReceiptExpected;
import dev.backoffice.shipments.domain.InboundReceiptId;
import dev.backoffice.shipments.domain.InboundReceiptStatus;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The rules of an inbound receipt, one by one, without any adapter. */
class InboundReceiptTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:30:00Z");
    private static final LocalDate DUE = LocalDate.of(2026, 3, 10);
    private static final UUID BOLT = UUID.randomUUID();
    private static final UUID PAINT = UUID.randomUUID();
    private static final UUID DOCK = UUID.randomUUID();

    private static Quantity pc(String n) {
        return Quantity.of(n, "pc");
    }

    private static InboundReceipt receipt(int overReceiptPercent) {
        return InboundReceipt.expect(InboundReceiptId.of(UUID.randomUUID()), TenantId.of("t1"), "supplier-42", "PO-1",
                DOCK, DUE, overReceiptPercent, List.of(new InboundLine(1, BOLT, pc("10"), Money.of("0.50", "EUR"), null),
                        new InboundLine(2, PAINT, pc("4"), Money.of("7.25", "EUR"), "L1")),
                "alice", NOW, UUID::randomUUID);
    }

    private static InboundGoods goods(int delivery, int line, String accepted, String rejected, String reason, String lot) {
        return new InboundGoods(delivery, line, pc(accepted), pc(rejected), reason, lot, List.of(), DOCK,
                pc(accepted).isPositive() ? UUID.randomUUID() : null, "bob", NOW);
    }

    private static void refused(ThrowingCallable call, String code) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(BackOfficeException.class);
        assertThat(((BackOfficeException) thrown).code()).isEqualTo(code);
    }

    @Test
    void aNewReceiptIsExpectedAndRecordsItsEvent() {
        InboundReceipt receipt = receipt(0);
        assertThat(receipt.status()).isEqualTo(InboundReceiptStatus.EXPECTED);
        assertThat(receipt.nextDelivery()).isEqualTo(1);
        assertThat(receipt.pullEvents()).singleElement().isInstanceOf(InboundReceiptExpected.class);
        assertThat(receipt.pullEvents()).isEmpty();
    }

    @Test
    void refusesLinesThatCannotBeExpected() {
        Money cost = Money.of("1.00", "EUR");
        refused(() -> InboundReceipt.expect(InboundReceiptId.of(UUID.randomUUID()), TenantId.of("t1"), "s", null, DOCK,
                DUE, 0, List.of(), "a", NOW, UUID::randomUUID), "shipments.receipt.lines_invalid");
        refused(() -> InboundReceipt.expect(InboundReceiptId.of(UUID.randomUUID()), TenantId.of("t1"), "s", null, DOCK,
                DUE, 0, List.of(new InboundLine(2, BOLT, pc("1"), cost, null)), "a", NOW, UUID::randomUUID),
                "shipments.receipt.lines_invalid");
        refused(() -> InboundReceipt.expect(InboundReceiptId.of(UUID.randomUUID()), TenantId.of("t1"), "s", null, DOCK,
                DUE, 0, List.of(new InboundLine(1, BOLT, pc("0"), cost, null)), "a", NOW, UUID::randomUUID),
                "shipments.receipt.lines_invalid");
        refused(() -> InboundReceipt.expect(InboundReceiptId.of(UUID.randomUUID()), TenantId.of("t1"), "s", null, DOCK,
                DUE, 0, List.of(new InboundLine(1, BOLT, pc("1"), cost.negate(), null)), "a", NOW, UUID::randomUUID),
                "shipments.receipt.lines_invalid");
        refused(() -> InboundReceipt.expect(InboundReceiptId.of(UUID.randomUUID()), TenantId.of("t1"), "s", null, DOCK,
                DUE, 0, List.of(new InboundLine(1, BOLT, pc("1"), cost, null),
                        new InboundLine(2, BOLT, pc("1"), Money.of("1.00", "USD"), null)), "a", NOW, UUID::randomUUID),
                "shipments.receipt.lines_invalid");
    }

    @Test
    void partialThenFullDeliveriesMoveTheStateAndRejectedGoodsDoNotCount() {
        InboundReceipt receipt = receipt(0);
        receipt.pullEvents();
        receipt.receive(List.of(goods(1, 1, "6", "2", "broken", null)), "bob", NOW, null, UUID::randomUUID);
        assertThat(receipt.status()).isEqualTo(InboundReceiptStatus.PARTIALLY_RECEIVED);
        assertThat(receipt.accepted(1)).isEqualTo(pc("6"));
        assertThat(receipt.rejected(1)).isEqualTo(pc("2"));
        assertThat(receipt.pullEvents()).singleElement().isInstanceOfSatisfying(InboundGoodsReceived.class, e -> {
            assertThat(e.delivery()).isEqualTo(1);
            assertThat(e.anyRejected()).isTrue();
            assertThat(e.status()).isEqualTo(InboundReceiptStatus.PARTIALLY_RECEIVED);
        });

        receipt.receive(List.of(goods(2, 1, "4", "0", null, null), goods(2, 2, "4", "0", null, "L1")), "bob", NOW, "rest",
                UUID::randomUUID);
        assertThat(receipt.status()).isEqualTo(InboundReceiptStatus.RECEIVED);
        assertThat(receipt.history()).hasSize(2);
        assertThat(receipt.goods()).hasSize(3);
        refused(() -> receipt.check(List.of(goods(3, 1, "1", "0", null, null))), "shipments.receipt.not_allowed");
        refused(() -> receipt.closeShort("bob", NOW, null, UUID::randomUUID), "shipments.receipt.not_allowed");
        refused(() -> receipt.cancel("bob", NOW, null, UUID::randomUUID), "shipments.receipt.not_allowed");
    }

    @Test
    void onlyRejectedGoodsKeepItExpected() {
        InboundReceipt receipt = receipt(0);
        receipt.receive(List.of(goods(1, 1, "0", "10", "wrong item", null)), "bob", NOW, null, UUID::randomUUID);
        assertThat(receipt.status()).isEqualTo(InboundReceiptStatus.EXPECTED);
        assertThat(receipt.history()).singleElement().satisfies(s -> assertThat(s.from()).isEqualTo(s.to()));
        receipt.cancel("bob", NOW, "supplier cannot deliver", UUID::randomUUID);
        assertThat(receipt.status()).isEqualTo(InboundReceiptStatus.CANCELLED);
    }

    @Test
    void refusesDeliveriesThatBreakARule() {
        InboundReceipt receipt = receipt(0);
        refused(() -> receipt.check(List.of()), "shipments.receipt.lines_invalid");
        refused(() -> receipt.check(List.of(goods(1, 3, "1", "0", null, null))), "shipments.receipt.line_unknown");
        refused(() -> receipt.check(List.of(goods(1, 1, "1", "0", null, null), goods(1, 1, "1", "0", null, null))),
                "shipments.receipt.line_unknown");
        refused(() -> receipt.check(List.of(goods(1, 1, "0", "0", null, null))), "shipments.receipt.lines_invalid");
        refused(() -> receipt.check(List.of(goods(1, 1, "-1", "2", "x", null))), "shipments.receipt.lines_invalid");
        refused(() -> receipt.check(List.of(new InboundGoods(1, 1, Quantity.of(1, "box"), Quantity.zero("box"), null,
                null, List.of(), DOCK, null, "bob", NOW))), "shipments.receipt.lines_invalid");
        refused(() -> receipt.check(List.of(goods(1, 1, "1", "1", null, null))), "shipments.receipt.reason_required");
        refused(() -> receipt.check(List.of(goods(1, 2, "1", "0", null, "L2"))), "shipments.receipt.lot_mismatch");
        refused(() -> receipt.check(List.of(new InboundGoods(1, 1, pc("2"), pc("0"), null, null, List.of("S1", "S1"),
                DOCK, null, "bob", NOW))), "shipments.line.serials_mismatch");
        refused(() -> receipt.check(List.of(goods(1, 1, "11", "0", null, null))), "shipments.receipt.over_received");
        // rejected goods never count against the expected quantity
        receipt.check(List.of(goods(1, 1, "10", "50", "damaged", null)));
        assertThat(receipt.goods()).isEmpty();
        assertThat(receipt.status()).isEqualTo(InboundReceiptStatus.EXPECTED);
    }

    @Test
    void overReceiptIsAllowedUpToThePercentage() {
        InboundReceipt receipt = receipt(15);
        assertThat(receipt.allowed(receipt.line(1))).isEqualTo(pc("11.5"));
        refused(() -> receipt.check(List.of(goods(1, 1, "11.6", "0", null, null))), "shipments.receipt.over_received");
        receipt.receive(List.of(goods(1, 1, "11.5", "0", null, null), goods(1, 2, "4.6", "0", null, null)), "bob", NOW,
                null, UUID::randomUUID);
        assertThat(receipt.status()).isEqualTo(InboundReceiptStatus.RECEIVED);
    }

    @Test
    void closesShortOnlyWhatIsPartlyReceivedAndKnowsWhenItIsLate() {
        InboundReceipt receipt = receipt(0);
        assertThat(receipt.isLate(DUE)).isFalse();
        assertThat(receipt.isLate(DUE.plusDays(1))).isTrue();
        refused(() -> receipt.closeShort("bob", NOW, null, UUID::randomUUID), "shipments.receipt.not_allowed");
        receipt.receive(List.of(goods(1, 1, "5", "0", null, null)), "bob", NOW, null, UUID::randomUUID);
        refused(() -> receipt.cancel("bob", NOW, null, UUID::randomUUID), "shipments.receipt.not_allowed");
        receipt.closeShort("bob", NOW, "no more", UUID::randomUUID);
        assertThat(receipt.status()).isEqualTo(InboundReceiptStatus.CLOSED_SHORT);
        assertThat(receipt.isLate(DUE.plusDays(1))).isFalse();
    }
}
