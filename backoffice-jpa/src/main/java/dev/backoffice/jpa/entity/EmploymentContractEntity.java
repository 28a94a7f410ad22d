package dev.backoffice.jpa.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/**
 * A row of {@code bo_employment_contracts} with its versions in {@code bo_contract_versions}. Versions
 * are only appended (the order column numbers them), so an update inserts the new ones only.
 */
@Entity(name = "BoEmploymentContract")
@Table(name = "bo_employment_contracts")
public class EmploymentContractEntity implements VersionedEntity {

    @Id
    @Column(name = "employee_id", nullable = false, updatable = false)
    private UUID employeeId;

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ElementCollection
    @CollectionTable(name = "bo_contract_versions", joinColumns = @JoinColumn(name = "employee_id"))
    @OrderColumn(name = "version_no")
    @BatchSize(size = 64)
    private List<ContractVersionEmbeddable> versions = new ArrayList<>();

    public UUID getEmployeeId() {
        return employeeId;
    }

    public void setEmployeeId(UUID employeeId) {
        this.employeeId = employeeId;
    }

    @Override
    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public List<ContractVersionEmbeddable> getVersions() {
        return versions;
    }

    public void setVersions(List<ContractVersionEmbeddable> versions) {
        this.versions = versions;
    }


}
