package dev.backoffice.inmemory;

import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.contract.ReceivablesConcurrencyContract;

class InMemoryReceivablesConcurrencyTest extends ReceivablesConcurrencyContract {

    private final InMemoryAdapters adapters = new InMemoryAdapters();

    @Override
    protected BackOfficeAdapters adapters() {
        return adapters;
    }
}
