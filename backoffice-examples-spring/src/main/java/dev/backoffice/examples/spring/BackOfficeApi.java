package dev.backoffice.examples.spring;

import dev.backoffice.common.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shop's REST API. Each endpoint hands the caller ({@link CurrentActor}) and the request to a
 * {@code @Transactional} service, which calls the library inside one Spring transaction; a
 * refusal becomes {@code {code, message}} with its HTTP status ({@link ApiErrors}).
 *
 * <pre>
 * POST /api/journal-entries                  post a journal entry (accounts by code)
 * GET  /api/trial-balance                    the trial balance
 * POST /api/orders/{order}/reservations      reserve stock of an item for an order
 * POST /api/orders/{order}/shipment          ship what is reserved for the order
 * POST /api/leave-requests                   request leave for an employee
 * </pre>
 */
@RestController
@RequestMapping("/api")
class BackOfficeApi {

    private final Bookkeeping bookkeeping;
    private final OrderFulfilment fulfilment;
    private final LeaveDesk leaveDesk;

    BackOfficeApi(Bookkeeping bookkeeping, OrderFulfilment fulfilment, LeaveDesk leaveDesk) {
        this.bookkeeping = bookkeeping;
        this.fulfilment = fulfilment;
        this.leaveDesk = leaveDesk;
    }

    @PostMapping("/journal-entries")
    @ResponseStatus(HttpStatus.CREATED)
    Bookkeeping.PostedEntry postEntry(Actor actor, @RequestBody Bookkeeping.EntryRequest request) {
        return bookkeeping.post(actor, request);
    }

    @GetMapping("/trial-balance")
    Bookkeeping.TrialBalanceView trialBalance(Actor actor) {
        return bookkeeping.trialBalance(actor);
    }

    @PostMapping("/orders/{order}/reservations")
    @ResponseStatus(HttpStatus.CREATED)
    OrderFulfilment.ReservationView reserve(Actor actor, @PathVariable String order,
                                            @RequestBody OrderFulfilment.ReserveRequest request) {
        return fulfilment.reserve(actor, order, request);
    }

    @PostMapping("/orders/{order}/shipment")
    @ResponseStatus(HttpStatus.CREATED)
    OrderFulfilment.ShipmentView ship(Actor actor, @PathVariable String order) {
        return fulfilment.ship(actor, order);
    }

    @PostMapping("/leave-requests")
    @ResponseStatus(HttpStatus.CREATED)
    LeaveDesk.LeaveView requestLeave(Actor actor, @RequestBody LeaveDesk.LeaveRequestBody request) {
        return leaveDesk.request(actor, request);
    }
}
