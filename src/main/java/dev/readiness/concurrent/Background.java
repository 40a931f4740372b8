package dev.readiness.concurrent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/** Work on daemon threads, and waiting for it so that its own exception surfaces as itself. */
public final class Background {
  private Background() {}

  /** Starts work on a new daemon thread (it must not keep the JVM alive when a run stops early). */
  public static <T> CompletableFuture<T> start(String threadName, Supplier<T> work) {
    CompletableFuture<T> f = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        f.complete(work.get());
      } catch (Throwable e) {
        f.completeExceptionally(e);
      }
    }, threadName);
    t.setDaemon(true);
    t.start();
    return f;
  }

  /**
   * The value of background work. A runtime exception or error it threw is rethrown unwrapped: a
   * usage error keeps its exit code and a bug surfaces as itself, not as a CompletionException.
   */
  public static <T> T await(CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw e;
    }
  }
}
