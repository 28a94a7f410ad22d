package dev.backoffice.jpa.entity;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The key of a {@link StockQuantEntity}: tenant, item, location and lot. */
public class StockQuantKey implements Serializable {

    private String tenantId;
    private UUID itemId;
    private UUID locationId;
    private String lot;

    public StockQuantKey() {
    }

    public StockQuantKey(String tenantId, UUID itemId, UUID locationId, String lot) {
        this.tenantId = tenantId;
        this.itemId = itemId;
        this.locationId = locationId;
        this.lot = lot;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StockQuantKey k && Objects.equals(tenantId, k.tenantId) && Objects.equals(itemId, k.itemId) && Objects.equals(locationId, k.locationId) && Objects.equals(lot, k.lot);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenantId, itemId, locationId, lot);
    }
}
