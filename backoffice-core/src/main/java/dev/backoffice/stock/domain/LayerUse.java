package dev.backoffice.stock.domain;

import dev.backoffice.common.Money;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a move took from (or, positive for stock coming in, added to) one cost layer. {@code receipt}
 * is null for the pooled layer and for quantity issued beyond the valued stock ({@code provisional},
 * at a provisional cost); {@code receivedAt} and {@code received} describe the layer, so a reversal can
 * put back what it took.
 */
public record LayerUse(MoveId receipt, Instant receivedAt, BigDecimal received, BigDecimal quantity, Money value,
                       boolean provisional) {
}
