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
    QUANTITY_INSUFFICIENT("stock.quantity.insufficient"),
    WAREHOUSE_NOT_FOUND("stock.warehouse.not_found"),
    WAREHOUSE_CODE_TAKEN("stock.warehouse.code_taken"),
    LOCATION_NOT_FOUND("stock.location.not_found"),
    LOCATION_CODE_TAKEN("stock.location.code_taken"),
    LOCATION_CODE_TOO_LONG("stock.location.code_too_long"),
    LOCATION_NOT_INTERNAL("stock.location.not_internal"),
    MOVE_NOT_FOUND("stock.move.not_found"),
    MOVE_INVALID_LOCATIONS("stock.move.invalid_locations"),
    MOVE_REASON_REQUIRED("stock.move.reason_required"),
    MOVE_REASON_NOT_ALLOWED("stock.move.reason_not_allowed"),
    MOVE_DEMAND_NOT_ALLOWED("stock.move.demand_not_allowed"),
    MOVE_NOT_DRAFT("stock.move.not_draft"),
    MOVE_NOT_DONE("stock.move.not_done"),
    MOVE_ALREADY_REVERSED("stock.move.already_reversed"),
    LOT_NOT_FOUND("stock.lot.not_found"),
    LOT_REQUIRED("stock.lot.required"),
    LOT_NOT_ALLOWED("stock.lot.not_allowed"),
    LOT_EXPIRY_MISMATCH("stock.lot.expiry_mismatch"),
    SERIAL_COUNT_MISMATCH("stock.serial.count_mismatch"),
    SERIAL_DUPLICATE("stock.serial.duplicate"),
    SERIAL_IN_STOCK("stock.serial.in_stock"),
    RESERVATION_NOT_FOUND("stock.reservation.not_found"),
    RESERVATION_NOT_OPEN("stock.reservation.not_open"),
    COUNT_NOT_FOUND("stock.count.not_found"),
    COUNT_NOT_OPEN("stock.count.not_open"),
    COUNT_ALREADY_OPEN("stock.count.already_open"),
    COUNT_NEGATIVE_QUANTITY("stock.count.negative_quantity"),
    COUNT_EMPTY("stock.count.empty"),
    COUNT_TOO_MANY_LINES("stock.count.too_many_lines"),
    VALUATION_COST_REQUIRED("stock.valuation.cost_required"),
    VALUATION_COST_NOT_ALLOWED("stock.valuation.cost_not_allowed"),
    VALUATION_COST_UNKNOWN("stock.valuation.cost_unknown"),
    VALUATION_CURRENCY_MISMATCH("stock.valuation.currency_mismatch"),
    VALUATION_CURRENCY_REQUIRED("stock.valuation.currency_required"),
    VALUATION_NOT_CONFIGURED("stock.valuation.not_configured"),
    VALUATION_STANDARD_COST_NOT_SET("stock.valuation.standard_cost_not_set"),
    VALUATION_NOT_STANDARD("stock.valuation.not_standard"),
    VALUATION_NOT_A_RECEIPT("stock.valuation.not_a_receipt"),
    VALUATION_POSTING_UNAVAILABLE("stock.valuation.posting_unavailable"),
    VALUATION_AMOUNT_NOT_POSITIVE("stock.valuation.amount_not_positive"),
    VALUATION_ACCOUNTS_INCOMPLETE("stock.valuation.accounts_incomplete"),
    REORDER_RULE_NOT_FOUND("stock.reorder_rule.not_found"),
    REORDER_RULE_MINIMUM_NEGATIVE("stock.reorder_rule.minimum_negative"),
    REORDER_RULE_MAXIMUM_BELOW_MINIMUM("stock.reorder_rule.maximum_below_minimum"),
    REORDER_RULE_MULTIPLE_NOT_POSITIVE("stock.reorder_rule.multiple_not_positive");

    private final String code;

    StockError(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
