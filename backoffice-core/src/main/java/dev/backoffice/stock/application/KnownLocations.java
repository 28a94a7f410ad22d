package dev.backoffice.stock.application;

import dev.backoffice.common.TenantId;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.StockLocation;
import dev.backoffice.stock.spi.StockLocations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stock locations by id, read once per process. A location never changes once created (its code,
 * type, warehouse and parent are fixed, and it is never removed), so a copy read in one unit of work
 * holds for every later one, in this process and whatever another process does: an allocation that
 * asks for the locations of an item's stock rows reads only the ones it has not seen. Bounded: past
 * {@value #LIMIT} locations the copies are dropped and read again as they are asked for.
 */
final class KnownLocations {

    static final int LIMIT = 50_000;

    private final StockLocations locations;
    private final Map<LocationId, StockLocation> known = new ConcurrentHashMap<>();

    KnownLocations(StockLocations locations) {
        this.locations = locations;
    }

    /** The tenant's locations among the ids; an id of no location of the tenant is left out. */
    Map<LocationId, StockLocation> of(TenantId tenant, Collection<LocationId> ids) {
        Map<LocationId, StockLocation> found = new HashMap<>();
        List<LocationId> unknown = new ArrayList<>();
        for (LocationId id : ids) {
            StockLocation location = known.get(id);
            if (location == null) {
                unknown.add(id);
            } else if (location.tenant().equals(tenant)) {
                found.put(id, location);
            }
        }
        if (!unknown.isEmpty()) {
            Map<LocationId, StockLocation> read = locations.findAll(tenant, unknown);
            if (known.size() + read.size() > LIMIT) {
                known.clear();
            }
            known.putAll(read);
            found.putAll(read);
        }
        return found;
    }
}
