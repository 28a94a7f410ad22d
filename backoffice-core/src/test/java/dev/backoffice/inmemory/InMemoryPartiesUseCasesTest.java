package dev.backoffice.inmemory;

import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.contract.PartiesUseCasesContract;

class InMemoryPartiesUseCasesTest extends PartiesUseCasesContract {

    private final InMemoryAdapters adapters = new InMemoryAdapters();

    @Override
    protected BackOfficeAdapters adapters() {
        return adapters;
    }
}
