package dev.backoffice.personnel.api;

import dev.backoffice.personnel.domain.ContractVersion;
import dev.backoffice.personnel.domain.EmployeeId;
import dev.backoffice.personnel.domain.EmploymentContract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An employee's contract with its whole history, oldest version first. */
public record ContractSnapshot(EmployeeId employee, List<ContractVersionSnapshot> versions) {

    /**
     * Copies the versions.
     *
     * @param employee the employee
     * @param versions the contract's versions, oldest first
     */
    public ContractSnapshot {
        versions = List.copyOf(versions);
    }

    /**
     * The contract's versions; the latest ends on the employee's last day ({@code lastDay}, null if none).
     *
     * @param contract the contract
     * @param lastDay  the employee's last day, or null while employed
     * @return its snapshot
     */
    public static ContractSnapshot of(EmploymentContract contract, LocalDate lastDay) {
        List<ContractVersionSnapshot> versions = new ArrayList<>();
        List<ContractVersion> all = contract.versions();
        for (int i = 0; i < all.size(); i++) {
            versions.add(version(all.get(i), contract.validTo(i).orElse(lastDay)));
        }
        return new ContractSnapshot(contract.employeeId(), versions);
    }

    static ContractVersionSnapshot version(ContractVersion v, LocalDate validTo) {
        return new ContractVersionSnapshot(v.validFrom(), validTo, v.terms().type(), v.terms().weeklyHours(),
                v.terms().pay(), v.terms().costCentre(), v.recordedBy(), v.recordedAt());
    }

    /**
     * The latest version.
     *
     * @return the version in force from the latest start
     */
    public ContractVersionSnapshot latest() {
        return versions.get(versions.size() - 1);
    }
}
