package dev.backoffice.examples.spring;

import dev.backoffice.common.ErrorCode;

/**
 * The host's own error codes, in a namespace of its own: refusals of the host's rules travel in
 * the same {@code {code, message}} shape as the library's.
 */
enum ShopError implements ErrorCode {
    /** The order has no open reservation left to ship. */
    NOTHING_TO_SHIP("shop.order.nothing_to_ship");

    private final String code;

    ShopError(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
