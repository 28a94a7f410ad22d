package dev.backoffice.jpa.reliability;

import dev.backoffice.BackOffice;
import dev.backoffice.common.Actor;
import dev.backoffice.common.Quantity;
import dev.backoffice.jpa.JpaAdapters;
import dev.backoffice.jpa.support.TestDatabases;
import dev.backoffice.stock.api.CreateItem;
import dev.backoffice.stock.api.NewStockMove;
import dev.backoffice.stock.api.OpenWarehouse;
import dev.backoffice.stock.api.ReverseStockMove;
import dev.backoffice.stock.api.StockItemSnapshot;
import dev.backoffice.stock.api.StockMoveSnapshot;
import dev.backoffice.stock.api.WarehouseSnapshot;
import dev.backoffice.stock.domain.MoveStatus;
import dev.backoffice.stock.domain.Tracking;
import dev.backoffice.stock.domain.UnitOfMeasure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R4 append-only history of stock in the database: connected as an application role that may
 * select, insert, update and delete every table (but does not own them and is no superuser), SQL
 * cannot change or delete a done stock move or its serial numbers; a draft stays free to change or
 * delete, and the library can still complete or cancel drafts and link a done move to its
 * reversal. PostgreSQL only: the triggers are PL/pgSQL.
 */
class DoneStockMovesAppendOnlyTest {

    private static final String APP_ROLE = "bo_application";

    private static JpaAdapters adapters;
    private static DataSource application;
    private static BackOffice backOffice;

    @BeforeAll
    static void start() throws SQLException {
        DataSource owner = TestDatabases.newMigratedDatabase(TestDatabases.Kind.POSTGRES, "r4_done_moves");
        application = ApplicationRole.connect(owner, APP_ROLE);
        adapters = JpaAdapters.create(application);
        backOffice = BackOffice.builder(adapters).build();
    }

    @AfterAll
    static void stop() {
        adapters.close();
    }

    @Test
    void doneMovesCannotBeChangedOrDeletedBySql() throws SQLException {
        Actor actor = Actor.of("r4stock", "clerk");
        WarehouseSnapshot main = backOffice.warehousing().openWarehouse(actor, OpenWarehouse.of("MAIN", "Main"));
        StockItemSnapshot widget = backOffice.itemCatalog().createItem(actor, CreateItem.of("WIDGET", "Widget", UnitOfMeasure.of("pc")));
        StockItemSnapshot phone = backOffice.itemCatalog().createItem(actor,
                CreateItem.of("PHONE", "Phone", UnitOfMeasure.of("pc")).tracked(Tracking.SERIAL));
        StockMoveSnapshot done = backOffice.inventory().move(actor,
                NewStockMove.receipt(widget.id(), Quantity.of(10, "pc"), main.rootLocation()).reference("PO-1"));
        StockMoveSnapshot mistake = backOffice.inventory().move(actor,
                NewStockMove.receipt(widget.id(), Quantity.of(3, "pc"), main.rootLocation()));
        StockMoveSnapshot reversal = backOffice.inventory().reverseMove(actor, ReverseStockMove.of(mistake.id()));
        StockMoveSnapshot serials = backOffice.inventory().move(actor,
                NewStockMove.receipt(phone.id(), Quantity.of(2, "pc"), main.rootLocation()).serials("S-1", "S-2"));
        assertThat(backOffice.inventory().stockMove(actor, mistake.id()).reversedBy()).isEqualTo(reversal.id());
        UUID id = done.id().value();
        StockMoveSnapshot stored = backOffice.inventory().stockMove(actor, done.id());

        List<String> attempts = List.of(
                "UPDATE bo_stock_moves SET quantity = quantity + 1, base_quantity = base_quantity + 1 WHERE id = '" + id + "'",
                "UPDATE bo_stock_moves SET to_location = from_location, from_location = to_location WHERE id = '" + id + "'",
                "UPDATE bo_stock_moves SET status = 'CANCELLED', done_at = NULL WHERE id = '" + id + "'",
                "UPDATE bo_stock_moves SET reference = 'PO-2' WHERE id = '" + id + "'",
                "UPDATE bo_stock_moves SET reversed_by = NULL WHERE id = '" + mistake.id().value() + "'",
                "UPDATE bo_stock_moves SET reversed_by = id WHERE id = '" + mistake.id().value() + "'",
                "UPDATE bo_stock_moves SET reversed_by = id, reference = 'hidden' WHERE id = '" + id + "'",
                "DELETE FROM bo_stock_moves WHERE id = '" + reversal.id().value() + "'",
                "UPDATE bo_stock_move_serials SET serial = 'S-9' WHERE move_id = '" + serials.id().value() + "'",
                "DELETE FROM bo_stock_move_serials WHERE move_id = '" + serials.id().value() + "'");
        List<String> accepted = new ArrayList<>();
        for (String attempt : attempts) {
            try (Connection connection = application.getConnection(); Statement statement = connection.createStatement()) {
                statement.executeUpdate(attempt);
                accepted.add(attempt);
            } catch (SQLException refused) {
                assertThat(refused.getSQLState()).as(attempt).isEqualTo("55000");
            }
        }
        assertThat(backOffice.inventory().stockMove(actor, done.id())).isEqualTo(stored);
        assertThat(backOffice.inventory().stockMove(actor, serials.id()).serials()).containsExactly("S-1", "S-2");

        StockMoveSnapshot cancelled = backOffice.inventory().draftMove(actor,
                NewStockMove.receipt(widget.id(), Quantity.of(1, "pc"), main.rootLocation()));
        assertThat(backOffice.inventory().cancelMove(actor, cancelled.id()).status()).isEqualTo(MoveStatus.CANCELLED);
        StockMoveSnapshot completed = backOffice.inventory().draftMove(actor,
                NewStockMove.receipt(widget.id(), Quantity.of(1, "pc"), main.rootLocation()));
        assertThat(backOffice.inventory().completeMove(actor, completed.id()).status()).isEqualTo(MoveStatus.DONE);
        StockMoveSnapshot draft = backOffice.inventory().draftMove(actor,
                NewStockMove.receipt(phone.id(), Quantity.of(1, "pc"), main.rootLocation()).serials("S-3"));
        int draftChanges = 0;
        try (Connection connection = application.getConnection()) {
            draftChanges += update(connection, "UPDATE bo_stock_moves SET reference = 'changed' WHERE id = ?", draft.id().value());
            draftChanges += update(connection, "DELETE FROM bo_stock_move_serials WHERE move_id = ?", draft.id().value());
            draftChanges += update(connection, "DELETE FROM bo_stock_moves WHERE id = ?", draft.id().value());
        }

        System.out.println("RELIABILITY R4 append-only-stock-moves threads=1 operations=" + (attempts.size() + 3)
                + " refused=" + (attempts.size() - accepted.size()) + " anomalies=" + accepted.size());
        assertThat(accepted).as("statements the database let through").isEmpty();
        assertThat(draftChanges).as("a draft stays free to change").isEqualTo(3);
    }

    private static int update(Connection connection, String sql, UUID id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            return statement.executeUpdate();
        }
    }
}
