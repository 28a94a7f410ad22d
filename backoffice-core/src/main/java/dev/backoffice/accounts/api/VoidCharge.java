package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.GatewayChargeId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Voids an authorized charge before capture: the pending entry that held its amount is released.
 *
 * @param charge the gateway charge
 * @param idempotencyKey optional: the same key again returns the first result
 */
public record VoidCharge(@NotNull GatewayChargeId charge, @NotBlank @Size(max = 128) String idempotencyKey) {
}
