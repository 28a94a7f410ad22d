package dev.backoffice.stock.domain;

import dev.backoffice.common.ErrorCode;

/** The error codes of the stock context. */
public enum StockError implements ErrorCode {
    /** No such item in the actor's tenant. */
    ITEM_NOT_FOUND("stock.item.not_found"),
    /** The SKU is already used by another item of the tenant. */
    ITEM_SKU_TAKEN("stock.item.sku_taken"),
    /** A unit of measure is malformed (blank name, decimals out of range, a conversion not above zero). */
    UNIT_INVALID("stock.unit.invalid"),
    /** A quantity is in a unit the item does not know. */
    UNIT_UNKNOWN("stock.unit.unknown"),
    /** A quantity that must be above zero is not. */
    QUANTITY_NOT_POSITIVE("stock.quantity.not_positive"),
    /** A quantity has more decimals than the item's base unit allows once converted (half a piece). */
    QUANTITY_TOO_PRECISE("stock.quantity.too_precise"),
    /**
     * The move or reservation would take more than is available, and the item does not allow negative stock.
     */
    QUANTITY_INSUFFICIENT("stock.quantity.insufficient"),
    /** No such warehouse in the actor's tenant. */
    WAREHOUSE_NOT_FOUND("stock.warehouse.not_found"),
    /** The warehouse code is already used in the tenant. */
    WAREHOUSE_CODE_TAKEN("stock.warehouse.code_taken"),
    /** No such location in the actor's tenant. */
    LOCATION_NOT_FOUND("stock.location.not_found"),
    /** The location code is already used in the tenant. */
    LOCATION_CODE_TAKEN("stock.location.code_taken"),
    /** The full location code (the parent's code, a slash and the short code) is too long. */
    LOCATION_CODE_TOO_LONG("stock.location.code_too_long"),
    /**
     * The location must be internal (a warehouse location), for example to count it or to add a location
     * under it.
     */
    LOCATION_NOT_INTERNAL("stock.location.not_internal"),
    /** No such move in the actor's tenant. */
    MOVE_NOT_FOUND("stock.move.not_found"),
    /**
     * The move's kind does not allow its two locations (a receipt must come from the supplier, and so on).
     */
    MOVE_INVALID_LOCATIONS("stock.move.invalid_locations"),
    /** An adjustment without a reason. */
    MOVE_REASON_REQUIRED("stock.move.reason_required"),
    /** A reason on a move that is not an adjustment. */
    MOVE_REASON_NOT_ALLOWED("stock.move.reason_not_allowed"),
    /** A demand on a move that is not an issue. */
    MOVE_DEMAND_NOT_ALLOWED("stock.move.demand_not_allowed"),
    /** Completing or cancelling a move that is no longer a draft. */
    MOVE_NOT_DRAFT("stock.move.not_draft"),
    /** Reversing a move that is not done. */
    MOVE_NOT_DONE("stock.move.not_done"),
    /** Reversing a move that is already reversed. */
    MOVE_ALREADY_REVERSED("stock.move.already_reversed"),
    /** The item has no lot or serial number with that code. */
    LOT_NOT_FOUND("stock.lot.not_found"),
    /** A move of a lot-tracked item without a lot. */
    LOT_REQUIRED("stock.lot.required"),
    /** A lot on a move of an item that is not lot-tracked. */
    LOT_NOT_ALLOWED("stock.lot.not_allowed"),
    /** A lot comes in with another expiry date than it already has. */
    LOT_EXPIRY_MISMATCH("stock.lot.expiry_mismatch"),
    /** A serial-tracked move whose serial numbers are not one per unit. */
    SERIAL_COUNT_MISMATCH("stock.serial.count_mismatch"),
    /** The same serial number twice in one move. */
    SERIAL_DUPLICATE("stock.serial.duplicate"),
    /** A serial number comes into stock while it is already on hand elsewhere. */
    SERIAL_IN_STOCK("stock.serial.in_stock"),
    /** No such reservation in the actor's tenant. */
    RESERVATION_NOT_FOUND("stock.reservation.not_found"),
    /** Releasing a reservation already consumed or released. */
    RESERVATION_NOT_OPEN("stock.reservation.not_open"),
    /** No such physical count in the actor's tenant. */
    COUNT_NOT_FOUND("stock.count.not_found"),
    /** Recording, posting or cancelling a count that is no longer open. */
    COUNT_NOT_OPEN("stock.count.not_open"),
    /** Opening a count of a location that already has an open one. */
    COUNT_ALREADY_OPEN("stock.count.already_open"),
    /** A counted quantity below zero. */
    COUNT_NEGATIVE_QUANTITY("stock.count.negative_quantity"),
    /** Posting a count without any recorded line. */
    COUNT_EMPTY("stock.count.empty"),
    /** A count with more lines than one count may hold. */
    COUNT_TOO_MANY_LINES("stock.count.too_many_lines"),
    /**
     * A receipt from a supplier of a FIFO or moving-average item without a unit cost, once the tenant values
     * its stock.
     */
    VALUATION_COST_REQUIRED("stock.valuation.cost_required"),
    /** A unit cost on a move that takes stock out; an issue is valued from the cost layers. */
    VALUATION_COST_NOT_ALLOWED("stock.valuation.cost_not_allowed"),
    /** Stock comes in at no known cost (no unit cost given and none known for the item). */
    VALUATION_COST_UNKNOWN("stock.valuation.cost_unknown"),
    /** An amount or account in another currency than the tenant's valuation currency. */
    VALUATION_CURRENCY_MISMATCH("stock.valuation.currency_mismatch"),
    /** Valuation configured without a currency. */
    VALUATION_CURRENCY_REQUIRED("stock.valuation.currency_required"),
    /** A valuation call before the tenant has configured stock valuation. */
    VALUATION_NOT_CONFIGURED("stock.valuation.not_configured"),
    /** A standard-cost item moves before its standard cost is set. */
    VALUATION_STANDARD_COST_NOT_SET("stock.valuation.standard_cost_not_set"),
    /** Setting a standard cost on an item that is not valued at standard cost. */
    VALUATION_NOT_STANDARD("stock.valuation.not_standard"),
    /** A landed cost on a move that is not a receipt. */
    VALUATION_NOT_A_RECEIPT("stock.valuation.not_a_receipt"),
    /** Posting of stock value was asked for but no ledger is available to post to. */
    VALUATION_POSTING_UNAVAILABLE("stock.valuation.posting_unavailable"),
    /** A landed cost or cost that is not above zero. */
    VALUATION_AMOUNT_NOT_POSITIVE("stock.valuation.amount_not_positive"),
    /** Posting configured without every account it needs. */
    VALUATION_ACCOUNTS_INCOMPLETE("stock.valuation.accounts_incomplete"),
    /** No reorder rule for that item and location in the actor's tenant. */
    REORDER_RULE_NOT_FOUND("stock.reorder_rule.not_found"),
    /** A reorder rule whose minimum is below zero. */
    REORDER_RULE_MINIMUM_NEGATIVE("stock.reorder_rule.minimum_negative"),
    /** A reorder rule whose maximum is below its minimum. */
    REORDER_RULE_MAXIMUM_BELOW_MINIMUM("stock.reorder_rule.maximum_below_minimum"),
    /** A reorder rule whose order multiple is not above zero. */
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
