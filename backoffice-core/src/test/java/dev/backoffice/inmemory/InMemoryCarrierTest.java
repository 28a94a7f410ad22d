package dev.backoffice.inmemory;

import dev.backoffice.common.Quantity;
import dev.backoffice.common.TenantId;
import dev.backoffice.shipments.domain.Address;
import dev.backoffice.shipments.domain.ShipmentPackage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-memory carrier weighs packages in every unit a package may be weighed in. */
class InMemoryCarrierTest {

    private static final Address HOME = Address.of("DE", "10115", "Invalidenstr. 1", "Berlin");
    private final InMemoryCarrier carrier = new InMemoryCarrier();
    private final TenantId tenant = TenantId.of(UUID.randomUUID().toString());

    private static List<ShipmentPackage> weighing(String amount, String unit) {
        return List.of(new ShipmentPackage(1, "BOX", Quantity.of(amount, unit), Quantity.of(40, "cm"),
                Quantity.of(30, "cm"), Quantity.of(20, "cm")));
    }

    @Test
    void poundsAndOuncesArePricedLikeTheKilogramsTheyWeigh() {
        // 2.2 lb = 0.998 kg and 35 oz = 0.992 kg: both priced as 1 kg; 2.3 lb = 1.043 kg and 36 oz = 1.021 kg: as 2 kg
        assertThat(carrier.quote(tenant, HOME, weighing("2.2", "lb"))).isEqualTo(carrier.quote(tenant, HOME, weighing("1", "kg")));
        assertThat(carrier.quote(tenant, HOME, weighing("35", "oz"))).isEqualTo(carrier.quote(tenant, HOME, weighing("1", "kg")));
        assertThat(carrier.quote(tenant, HOME, weighing("2.3", "lb"))).isEqualTo(carrier.quote(tenant, HOME, weighing("2", "kg")));
        assertThat(carrier.quote(tenant, HOME, weighing("36", "oz"))).isEqualTo(carrier.quote(tenant, HOME, weighing("2000", "g")));
        assertThat(carrier.quote(tenant, HOME, weighing("2", "kg"))).isNotEqualTo(carrier.quote(tenant, HOME, weighing("1", "kg")));
    }
}
