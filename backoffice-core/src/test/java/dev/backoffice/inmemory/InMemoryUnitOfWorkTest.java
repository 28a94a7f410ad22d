package dev.backoffice.inmemory;

import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.contract.UnitOfWorkContract;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InMemoryUnitOfWorkTest extends UnitOfWorkContract {

    private final InMemoryAdapters adapters = new InMemoryAdapters();

    @Override
    protected BackOfficeAdapters adapters() {
        return adapters;
    }

    /**
     * The running unit of work belongs to the thread that holds the store's lock: another thread
     * never sees it (it waits for the lock instead), a read under the lock outside a unit of work
     * runs none, and after the unit of work none is running.
     */
    @Test
    void theRunningUnitOfWorkIsOnlyTheLockHoldersOwn() throws Exception {
        InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<InMemoryUnitOfWork.Transaction> seenInside = new AtomicReference<>();
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> unitOfWork.execute(() -> {
            seenInside.set(unitOfWork.transaction());
            inside.countDown();
            await(release);
            return null;
        }));
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(seenInside.get()).isNotNull();
        assertThatThrownBy(unitOfWork::transaction).isInstanceOf(IllegalStateException.class);
        CompletableFuture<Boolean> reader = CompletableFuture.supplyAsync(() -> unitOfWork.guarded(() -> true));
        assertThat(reader).isNotDone(); // waits for the lock, never joins the other thread's unit of work
        release.countDown();
        holder.get(10, TimeUnit.SECONDS);
        assertThat(reader.get(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> unitOfWork.guarded(unitOfWork::transaction)).isInstanceOf(IllegalStateException.class);
        assertThat(unitOfWork.execute(() -> unitOfWork.guarded(unitOfWork::transaction))).isNotNull();
        assertThatThrownBy(unitOfWork::transaction).isInstanceOf(IllegalStateException.class);
    }

    /**
     * Units of work run one after the other with the same transaction object: what one registers
     * (undo actions and truncations, after-commit actions) runs in its order for it alone, and never
     * reaches the next, whether it committed or failed.
     */
    @Test
    void aUnitOfWorkNeverSeesTheActionsOfTheOneBefore() {
        InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
        List<String> ran = new ArrayList<>();
        assertThatThrownBy(() -> unitOfWork.execute(() -> {
            unitOfWork.transaction().onRollback(() -> ran.add("undo first"));
            unitOfWork.transaction().onRollback(size -> ran.add("cut back to " + size), 3);
            unitOfWork.afterCommit(() -> ran.add("after first"));
            throw new IllegalStateException("fails");
        })).hasMessage("fails");
        assertThat(ran).containsExactly("cut back to 3", "undo first"); // newest first
        ran.remove(0);

        unitOfWork.execute(() -> {
            unitOfWork.transaction().onRollback(() -> ran.add("undo second"));
            unitOfWork.afterCommit(() -> ran.add("after second"));
            return null;
        });
        assertThat(ran).containsExactly("undo first", "after second");

        assertThatThrownBy(() -> unitOfWork.execute(() -> {
            for (int i = 0; i < 100; i++) { // more than the transaction keeps room for
                int n = i;
                unitOfWork.transaction().onRollback(() -> ran.add("undo third " + n));
            }
            throw new IllegalStateException("fails again");
        })).hasMessage("fails again");
        assertThat(ran).hasSize(102).endsWith("undo third 1", "undo third 0");

        unitOfWork.execute(() -> null);
        assertThatThrownBy(() -> unitOfWork.execute(() -> {
            throw new IllegalStateException("fails with nothing to undo");
        })).hasMessage("fails with nothing to undo");
        assertThat(ran).hasSize(102);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
