package dev.backoffice.inmemory;

import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.contract.TimesheetRecordsContract;
import dev.backoffice.personnel.spi.PersonnelAdapters;

class InMemoryTimesheetRecordsTest extends TimesheetRecordsContract {

    private final InMemoryAdapters adapters = new InMemoryAdapters();
    private final InMemoryPersonnelAdapters personnel =
            new InMemoryPersonnelAdapters((InMemoryUnitOfWork) adapters.unitOfWork());

    @Override
    protected BackOfficeAdapters adapters() {
        return adapters;
    }

    @Override
    protected PersonnelAdapters personnel() {
        return personnel;
    }
}
