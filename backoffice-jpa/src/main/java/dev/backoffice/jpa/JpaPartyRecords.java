package dev.backoffice.jpa;

import dev.backoffice.accounts.domain.Party;
import dev.backoffice.accounts.domain.PartyId;
import dev.backoffice.accounts.domain.PartyRole;
import dev.backoffice.accounts.domain.ReceivablesError;
import dev.backoffice.accounts.spi.PartyRecords;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.PartyEntity;

import java.util.List;
import java.util.Optional;

/** {@link PartyRecords} on {@code bo_parties}; changes guarded by the row's {@code @Version}. */
final class JpaPartyRecords implements PartyRecords {

    private final JpaUnitOfWork uow;

    JpaPartyRecords(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void add(Party party) {
        uow.withEntityManager(em -> {
            em.persist(ReceivablesMapper.newEntity(party));
            return null;
        });
    }

    @Override
    public void update(Party party) {
        uow.withEntityManager(em -> {
            PartyEntity entity = VersionedRows.forUpdate(em, PartyEntity.class, party.id().value(), party.tenant(),
                    party.version(), ReceivablesError.PARTY_NOT_FOUND, "Party " + party.id());
            ReceivablesMapper.copyChangeable(party, entity);
            em.flush();
            return null;
        });
    }

    @Override
    public Optional<Party> find(TenantId tenant, PartyId id) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select p from BoParty p where p.tenantId = :tenant and p.id = :id", PartyEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("id", id.value())
                .getResultStream()
                .findFirst()
                .map(ReceivablesMapper::toDomain));
    }

    @Override
    public List<Party> list(TenantId tenant, PartyRole role, int offset, int limit) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select p from BoParty p where p.tenantId = :tenant and p.role = :role order by p.name, p.id",
                        PartyEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("role", role)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(ReceivablesMapper::toDomain)
                .toList());
    }
}
