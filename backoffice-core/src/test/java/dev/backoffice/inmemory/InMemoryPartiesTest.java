package dev.backoffice.inmemory;

import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.contract.PartiesContract;

class InMemoryPartiesTest extends PartiesContract {

    private final InMemoryAdapters adapters = new InMemoryAdapters();

    @Override
    protected BackOfficeAdapters adapters() {
        return adapters;
    }
}
