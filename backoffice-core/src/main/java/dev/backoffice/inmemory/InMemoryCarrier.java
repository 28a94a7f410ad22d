package dev.backoffice.inmemory;

import dev.backoffice.common.Money;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.TenantId;
import dev.backoffice.shipments.domain.Address;
import dev.backoffice.shipments.domain.ShipmentPackage;
import dev.backoffice.shipments.spi.CarrierGateway;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A deterministic carrier for tests and demos. Rates come from the total weight (rounded up to
 * whole kilograms) and a zone of the destination: 1 in the home country, 2 in the rest of the EU,
 * 3 elsewhere. {@code STANDARD} costs {@code 4.00 + 1.00 per kg} times the zone and takes zone + 1
 * days; {@code EXPRESS} costs twice as much plus 5.00 and takes as many days as the zone. Tracking
 * numbers count up ({@code IMC00000001}); tracking events are scripted by the test; failures are
 * made on demand. Thread-safe.
 */
public final class InMemoryCarrier implements CarrierGateway {

    private static final Set<String> EU = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR",
            "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    private final String homeCountry;
    private final String currency;
    private long counter;
    private int failingBookings;
    private boolean failing;
    private Consumer<Booking> onBook = booking -> { };
    private final Map<String, Booking> byKey = new HashMap<>();
    private final Map<String, Booking> active = new LinkedHashMap<>();
    private final Map<String, List<TrackingEvent>> scripts = new HashMap<>();

    /** A carrier at home in Germany, charging in euros. */
    public InMemoryCarrier() {
        this("DE", "EUR");
    }

    /**
     * A carrier at home in a country, charging in a currency.
     *
     * @param homeCountry the ISO 3166 code of the carrier's home country, zone 1
     * @param currency    the ISO 4217 code it charges in
     */
    public InMemoryCarrier(String homeCountry, String currency) {
        this.homeCountry = Objects.requireNonNull(homeCountry, "homeCountry");
        this.currency = Objects.requireNonNull(currency, "currency");
    }

    /**
     * The zone of a destination: 1 home, 2 EU, 3 elsewhere.
     *
     * @param destination where the parcel goes
     * @return 1, 2 or 3
     */
    public int zone(Address destination) {
        return destination.country().equals(homeCountry) ? 1 : EU.contains(destination.country()) ? 2 : 3;
    }

    /** The international avoirdupois pound, exactly. */
    private static final BigDecimal KILOGRAMS_PER_POUND = new BigDecimal("0.45359237");
    /** A sixteenth of the pound, exactly. */
    private static final BigDecimal KILOGRAMS_PER_OUNCE = new BigDecimal("0.028349523125");

    private static BigDecimal kilograms(List<ShipmentPackage> packages) {
        BigDecimal total = BigDecimal.ZERO;
        for (ShipmentPackage p : packages) {
            Quantity weight = p.weight();
            total = total.add(switch (weight.unit()) {
                case "kg" -> weight.value();
                case "g" -> weight.value().movePointLeft(3);
                case "lb" -> weight.value().multiply(KILOGRAMS_PER_POUND);
                case "oz" -> weight.value().multiply(KILOGRAMS_PER_OUNCE);
                default -> throw new IllegalArgumentException("the carrier weighs in kg, g, lb or oz, not " + weight.unit());
            });
        }
        return total.setScale(0, RoundingMode.CEILING);
    }

    /**
     * Quotes a standard and an express service, priced by zone and weight.
     *
     * @param tenant      the tenant asking
     * @param destination where the packages go
     * @param packages    the packages, weighed in kg or g
     * @return the offers
     */
    @Override
    public synchronized List<RateQuote> quote(TenantId tenant, Address destination, List<ShipmentPackage> packages) {
        if (failing) {
            throw new IllegalStateException("carrier unavailable");
        }
        int zone = zone(destination);
        BigDecimal kg = kilograms(packages);
        Money standard = Money.of(new BigDecimal("4.00").add(kg).multiply(BigDecimal.valueOf(zone)), currency);
        Money express = standard.times(2).plus(Money.of("5.00", currency));
        return List.of(new RateQuote("STANDARD", standard, zone + 1), new RateQuote("EXPRESS", express, zone));
    }

    /**
     * Books the service for the packages; the same idempotency key again returns the first booking.
     *
     * @param tenant         the tenant booking
     * @param service        a service code from {@link #quote}
     * @param destination    where the packages go
     * @param packages       the packages
     * @param idempotencyKey the key the booking is remembered under
     * @return the booking, with a label and tracking number per package
     */
    @Override
    public synchronized Booking book(TenantId tenant, String service, Address destination, List<ShipmentPackage> packages,
                                     String idempotencyKey) {
        String key = tenant + "|" + idempotencyKey;
        if (idempotencyKey != null && byKey.containsKey(key)) {
            return byKey.get(key);
        }
        if (failing || failingBookings > 0) {
            failingBookings = Math.max(0, failingBookings - 1);
            throw new IllegalStateException("booking refused by the carrier");
        }
        RateQuote quote = quote(tenant, destination, packages).stream().filter(q -> q.service().equals(service))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no service " + service));
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < packages.size(); i++) {
            String number = String.format("IMC%08d", ++counter);
            labels.add(new Label(number, "LABEL " + number + " " + destination.country() + " " + destination.postalCode()));
        }
        Booking booking = new Booking(String.format("BK%08d", ++counter), service, quote.price(), labels);
        if (idempotencyKey != null) {
            byKey.put(key, booking);
        }
        active.put(tenant + "|" + booking.reference(), booking);
        onBook.accept(booking);
        return booking;
    }

    /**
     * Cancels a booking; it is no longer among the active bookings.
     *
     * @param tenant           the tenant
     * @param bookingReference the booking to cancel
     */
    @Override
    public synchronized void cancel(TenantId tenant, String bookingReference) {
        if (failing) {
            throw new IllegalStateException("carrier unavailable");
        }
        if (active.remove(tenant + "|" + bookingReference) == null) {
            throw new IllegalStateException("no active booking " + bookingReference);
        }
    }

    /**
     * The events scripted for the tracking number.
     *
     * @param tenant         the tenant
     * @param trackingNumber the package's tracking number
     * @return the scripted events, in the order given
     */
    @Override
    public synchronized List<TrackingEvent> trackingEvents(TenantId tenant, String trackingNumber) {
        if (failing) {
            throw new IllegalStateException("carrier unavailable");
        }
        return List.copyOf(scripts.getOrDefault(trackingNumber, List.of()));
    }

    /**
     * Makes a return label for a delivered package.
     *
     * @param tenant         the tenant
     * @param trackingNumber the delivered package's tracking number
     * @return the label, with its own tracking number
     */
    @Override
    public synchronized Label returnLabel(TenantId tenant, String trackingNumber) {
        if (failing) {
            throw new IllegalStateException("carrier unavailable");
        }
        String number = String.format("IMR%08d", ++counter);
        return new Label(number, "RETURN " + number + " for " + trackingNumber);
    }

    /**
     * Scripts tracking events the carrier will report (in the order given; duplicates allowed).
     *
     * @param events the events, each for the tracking number it names
     */
    public synchronized void script(TrackingEvent... events) {
        for (TrackingEvent event : events) {
            scripts.computeIfAbsent(event.trackingNumber(), n -> new ArrayList<>()).add(event);
        }
    }

    /**
     * The next {@code count} bookings fail.
     *
     * @param count how many bookings fail next
     */
    public synchronized void failNextBookings(int count) {
        this.failingBookings = count;
    }

    /**
     * Every call fails while set.
     *
     * @param value true to fail every call, false to answer again
     */
    public synchronized void failEverything(boolean value) {
        this.failing = value;
    }

    /**
     * Runs after each booking, before it is returned (for tests that change things meanwhile).
     *
     * @param hook receives each booking
     */
    public synchronized void onBook(Consumer<Booking> hook) {
        this.onBook = Objects.requireNonNull(hook, "hook");
    }

    /**
     * The tenant's bookings that are not cancelled.
     *
     * @param tenant the tenant
     * @return its active bookings, oldest first
     */
    public synchronized List<Booking> activeBookings(TenantId tenant) {
        return active.entrySet().stream().filter(e -> e.getKey().startsWith(tenant + "|")).map(Map.Entry::getValue)
                .toList();
    }
}
