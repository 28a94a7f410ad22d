package dev.backoffice.jpa;

import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.ErrorCode;
import dev.backoffice.common.NotFoundException;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.VersionedEntity;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.util.UUID;

/** Loads the row of a versioned aggregate for an update: the tenant's own, at the version the caller read. */
final class VersionedRows {

    private VersionedRows() {
    }

    /**
     * The entity, or {@code NotFoundException(notFound)} when the tenant has no such row, or
     * {@link ConcurrentUpdateException} when someone changed it since {@code readVersion}.
     */
    static <E extends VersionedEntity> E forUpdate(EntityManager em, Class<E> type, UUID id, TenantId tenant,
                                                   long readVersion, ErrorCode notFound, String what) {
        E entity = em.find(type, id);
        if (entity == null || !entity.getTenantId().equals(tenant.value())) {
            throw new NotFoundException(notFound, what + " does not exist.");
        }
        if (entity.getVersion() != readVersion) {
            throw new ConcurrentUpdateException(what + " was changed by someone else.");
        }
        Session session = em.unwrap(Session.class);
        if (session.isReadOnly(entity)) {
            session.setReadOnly(entity, false); // read for a posting earlier in the unit of work: changes must be flushed
        }
        return entity;
    }
}
