package dev.backoffice.jpa;

import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.StockLotEntity;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.StockLot;
import dev.backoffice.stock.spi.StockLots;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link StockLots} on {@code bo_stock_lots}, keyed by tenant, item and code. {@link #lockForUpdate}
 * takes the rows with {@code SELECT ... FOR UPDATE} in ascending code order, so two units of work
 * bringing the same serial numbers in run one after the other and never deadlock each other.
 */
final class JpaStockLots implements StockLots {

    private static final StockRecordMapper RECORDS = StockRecordMapper.INSTANCE;
    private static final int IN_LIST_CHUNK = 500;

    private final JpaUnitOfWork uow;

    JpaStockLots(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void add(TenantId tenant, StockLot lot) {
        uow.withEntityManager(em -> {
            if (find(tenant, lot.item(), lot.code()).isPresent()) {
                throw new ConcurrentUpdateException("Lot " + lot.code() + " of item " + lot.item()
                        + " was stored by someone else.");
            }
            // a concurrent insert of the same lot fails on bo_stock_lots_pk; the unit of work retries and finds it
            StockLotEntity entity = RECORDS.toEntity(lot);
            entity.setTenantId(tenant.value());
            em.persist(entity);
            return null;
        });
    }

    @Override
    public Map<String, StockLot> lockForUpdate(TenantId tenant, ItemId item, Collection<String> codes) {
        return uow.withEntityManager(em -> select(em, tenant, item, codes, true));
    }

    @Override
    public Optional<StockLot> find(TenantId tenant, ItemId item, String code) {
        return Optional.ofNullable(findAll(tenant, item, List.of(code)).get(code));
    }

    @Override
    public Map<String, StockLot> findAll(TenantId tenant, ItemId item, Collection<String> codes) {
        return uow.readWithEntityManager(em -> select(em, tenant, item, codes, false));
    }

    @Override
    public List<StockLot> findByItem(TenantId tenant, ItemId item) {
        return uow.readWithEntityManager(em -> em.createQuery("select l from BoStockLot l "
                        + "where l.tenantId = :tenant and l.itemId = :item", StockLotEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("item", item.value())
                .getResultStream().map(RECORDS::toDomain)
                .sorted(Comparator.comparing(StockLot::receivedAt).thenComparing(StockLot::code))
                .toList());
    }

    private static Map<String, StockLot> select(EntityManager em, TenantId tenant, ItemId item, Collection<String> codes,
                                                boolean lock) {
        List<String> sorted = codes.stream().distinct().sorted().toList();
        Map<String, StockLot> found = new HashMap<>();
        for (int from = 0; from < sorted.size(); from += IN_LIST_CHUNK) {
            em.createQuery("select l from BoStockLot l where l.tenantId = :tenant and l.itemId = :item "
                            + "and l.code in :codes order by l.code", StockLotEntity.class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("item", item.value())
                    .setParameter("codes", sorted.subList(from, Math.min(sorted.size(), from + IN_LIST_CHUNK)))
                    .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                    .getResultStream().map(RECORDS::toDomain)
                    .forEach(lot -> found.put(lot.code(), lot));
        }
        return found;
    }
}
