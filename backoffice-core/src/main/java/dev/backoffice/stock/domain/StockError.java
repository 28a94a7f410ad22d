package dev.backoffice.stock.domain;

import dev.backoffice.common.ErrorCode;

/** The error codes of the stock context. */
public enum StockError implements ErrorCode {
    ITEM_NOT_FOUND("stock.item.not_found"),
    ITEM_SKU_TAKEN("stock.item.sku_taken"),
    UNIT_INVALID("stock.unit.invalid"),
    UNIT_UNKNOWN("stock.unit.unknown"),
    QUANTITY_NOT_POSITIVE("stock.quantity.not_positive"),
    QUANTITY_TOO_PRECISE("stock.quantity.too_precise"),
    WAREHOUSE_NOT_FOUND("stock.warehouse.not_found"),
    WAREHOUSE_CODE_TAKEN("stock.warehouse.code_taken"),
    LOCATION_NOT_FOUND("stock.location.not_found"),
    LOCATION_CODE_TAKEN("stock.location.code_taken"),
    LOCATION_CODE_TOO_LONG("stock.location.code_too_long"),
    LOCATION_NOT_INTERNAL("stock.location.not_internal");

    private final String code;

    StockError(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
