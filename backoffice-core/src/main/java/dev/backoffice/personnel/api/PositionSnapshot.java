package dev.backoffice.personnel.api;

import dev.backoffice.personnel.domain.DepartmentId;
import dev.backoffice.personnel.domain.Position;
import dev.backoffice.personnel.domain.PositionId;

/** A position of a department. */
public record PositionSnapshot(PositionId id, DepartmentId department, String title) {

    /**
     * The snapshot of a position.
     *
     * @param p the position
     * @return its immutable snapshot
     */
    public static PositionSnapshot of(Position p) {
        return new PositionSnapshot(p.id(), p.departmentId(), p.title());
    }
}
