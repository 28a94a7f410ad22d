package dev.backoffice.examples.spring;

import dev.backoffice.common.Actor;
import dev.backoffice.common.spi.AccessPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * The host's access rules, which the library asks before every call: the users listed in
 * {@code shop.auditors} may read but change nothing (every read permission of the library ends in
 * {@code .read}); everybody else may do everything. A real host asks its own roles here.
 */
@Component
class ShopAccessPolicy implements AccessPolicy {

    private final Set<String> auditors;

    ShopAccessPolicy(@Value("${shop.auditors:auditor}") Set<String> auditors) {
        this.auditors = Set.copyOf(auditors);
    }

    @Override
    public boolean permits(Actor actor, String permission) {
        return !auditors.contains(actor.id()) || permission.endsWith(".read");
    }
}
