package dev.backoffice.jpa;

import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.PayrollAccountsEntity;
import dev.backoffice.personnel.domain.PayrollAccountSet;
import dev.backoffice.personnel.spi.PayrollAccounts;

import java.util.Optional;

/**
 * {@link PayrollAccounts} on {@code bo_payroll_accounts}, one row per tenant. Two first saves at
 * once collide on {@code bo_payroll_accounts_pk}; the unit of work retries and the later one then
 * replaces the set like any other save.
 */
final class JpaPayrollAccounts implements PayrollAccounts {

    private final JpaUnitOfWork uow;

    JpaPayrollAccounts(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void save(PayrollAccountSet accounts) {
        uow.withEntityManager(em -> {
            PayrollAccountsEntity stored = em.find(PayrollAccountsEntity.class, accounts.tenant().value());
            PayrollAccountsEntity entity = stored == null ? new PayrollAccountsEntity() : stored;
            entity.setTenantId(accounts.tenant().value());
            entity.setSalaryExpense(accounts.salaryExpense());
            entity.setEmployerContributionExpense(accounts.employerContributionExpense());
            entity.setPayrollLiabilities(accounts.payrollLiabilities());
            entity.setNetPayPayable(accounts.netPayPayable());
            entity.setBankAccount(accounts.bankAccount());
            if (stored == null) {
                em.persist(entity);
            }
            return null;
        });
    }

    @Override
    public Optional<PayrollAccountSet> find(TenantId tenant) {
        return uow.readWithEntityManager(em -> Optional.ofNullable(em.find(PayrollAccountsEntity.class, tenant.value()))
                .map(e -> new PayrollAccountSet(tenant, e.getSalaryExpense(), e.getEmployerContributionExpense(),
                        e.getPayrollLiabilities(), e.getNetPayPayable(), e.getBankAccount())));
    }
}
