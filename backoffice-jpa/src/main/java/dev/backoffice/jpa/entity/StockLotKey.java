package dev.backoffice.jpa.entity;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The key of a {@link StockLotEntity}: tenant, item and code. */
public class StockLotKey implements Serializable {

    private String tenantId;
    private UUID itemId;
    private String code;

    public StockLotKey() {
    }

    public StockLotKey(String tenantId, UUID itemId, String code) {
        this.tenantId = tenantId;
        this.itemId = itemId;
        this.code = code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StockLotKey k && Objects.equals(tenantId, k.tenantId) && Objects.equals(itemId, k.itemId) && Objects.equals(code, k.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenantId, itemId, code);
    }
}
