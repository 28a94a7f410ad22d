package dev.backoffice.jpa;

import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.ReservationEntity;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.Reservation;
import dev.backoffice.stock.domain.ReservationId;
import dev.backoffice.stock.domain.ReservationStatus;
import dev.backoffice.stock.domain.StockError;
import dev.backoffice.stock.spi.StockReservations;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link StockReservations} on {@code bo_stock_reservations}; optimistic locking through
 * {@code @Version}. The reserved quantities themselves change on the stock rows
 * ({@link JpaStockQuantities}), by guarded statements in the same unit of work. A new reservation is
 * inserted with one plain JDBC statement ({@link StockRows}), not persisted as an entity.
 */
final class JpaStockReservations implements StockReservations {

    private static final String SELECT = "select r from BoStockReservation r where r.tenantId = :tenant ";
    private static final String OLDEST_FIRST = " order by r.createdAt, r.id";

    private final JpaUnitOfWork uow;

    JpaStockReservations(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void add(Reservation reservation) {
        uow.withEntityManager(em -> {
            StockRows.insertReservation(em, StockMapper.newEntity(reservation));
            return null;
        });
    }

    @Override
    public void update(Reservation reservation) {
        uow.withEntityManager(em -> {
            ReservationEntity entity = VersionedRows.forUpdate(em, ReservationEntity.class, reservation.id().value(),
                    reservation.tenant(), reservation.version(), StockError.RESERVATION_NOT_FOUND,
                    "Reservation " + reservation.id());
            StockMapper.copyChangeable(reservation, entity);
            em.flush();
            return null;
        });
    }

    @Override
    public Optional<Reservation> find(TenantId tenant, ReservationId id) {
        return uow.readWithEntityManager(em -> em.createQuery(SELECT + "and r.id = :id", ReservationEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("id", id.value())
                .getResultStream().findFirst().map(StockMapper::toDomain));
    }

    @Override
    public List<Reservation> findByRequest(TenantId tenant, UUID request) {
        return uow.readWithEntityManager(em -> em.createQuery(SELECT + "and r.requestId = :request" + OLDEST_FIRST,
                        ReservationEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("request", request)
                .getResultStream().map(StockMapper::toDomain).toList());
    }

    @Override
    public List<Reservation> findByDemand(TenantId tenant, String demand) {
        return uow.readWithEntityManager(em -> em.createQuery(SELECT + "and r.demand = :demand" + OLDEST_FIRST,
                        ReservationEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("demand", demand)
                .getResultStream().map(StockMapper::toDomain).toList());
    }

    @Override
    public List<Reservation> findOpen(TenantId tenant, String demand, ItemId item) {
        return uow.readWithEntityManager(em -> em.createQuery(SELECT
                                + "and r.demand = :demand and r.itemId = :item and r.status = :open" + OLDEST_FIRST,
                        ReservationEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("demand", demand)
                .setParameter("item", item.value())
                .setParameter("open", ReservationStatus.OPEN)
                .getResultStream().map(StockMapper::toDomain).toList());
    }

    @Override
    public List<Reservation> findOpen(TenantId tenant) {
        return uow.readWithEntityManager(em -> em.createQuery(SELECT + "and r.status = :open" + OLDEST_FIRST,
                        ReservationEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("open", ReservationStatus.OPEN)
                .getResultStream().map(StockMapper::toDomain).toList());
    }
}
