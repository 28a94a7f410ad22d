package dev.backoffice.inmemory;

import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.contract.ReceivablesConfigurationsContract;

class InMemoryReceivablesConfigurationsTest extends ReceivablesConfigurationsContract {

    private final InMemoryAdapters adapters = new InMemoryAdapters();

    @Override
    protected BackOfficeAdapters adapters() {
        return adapters;
    }
}
