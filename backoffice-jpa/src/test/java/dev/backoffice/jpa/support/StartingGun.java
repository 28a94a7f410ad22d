package dev.backoffice.jpa.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs tasks on threads of their own that all start at one signal, for the concurrency tests. */
public final class StartingGun {

    private StartingGun() {
    }

    /**
     * Runs every task on a thread of its own, released together, and returns their results in the
     * order of the tasks; a task's exception fails the call, and so does one not done in time.
     */
    public static <T> List<T> all(List<Callable<T>> tasks, long timeout, TimeUnit unit) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return task.call();
                }));
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(timeout, unit));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
