package dev.backoffice.inmemory;

import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.accounts.spi.ReceivablesAdapters;
import dev.backoffice.contract.PaymentsUseCasesContract;

class InMemoryPaymentsUseCasesTest extends PaymentsUseCasesContract {

    private final InMemoryAdapters adapters = new InMemoryAdapters();
    private final InMemoryReceivablesAdapters receivables = InMemoryReceivablesAdapters.over(adapters);

    @Override
    protected BackOfficeAdapters adapters() {
        return adapters;
    }

    @Override
    protected ReceivablesAdapters receivables() {
        return receivables;
    }
}
