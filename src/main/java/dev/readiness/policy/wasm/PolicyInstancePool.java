package dev.readiness.policy.wasm;

import com.styra.opa.wasm.OpaPolicy;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.Semaphore;

/**
 * Instances of one module for concurrent evaluation: at most {@code size} exist, each used by one
 * thread at a time. Not opa-java-wasm's OpaPolicyPool: that one resets an instance on return,
 * which drops its data document, so every borrow would have to reload data. Here an instance keeps
 * its data; {@code OpaPolicy.input(...)} already rewinds the heap to just after the data.
 */
final class PolicyInstancePool implements AutoCloseable {
  /** Makes a ready instance (module instantiated, data loaded). */
  interface Factory {
    OpaPolicy create() throws dev.readiness.policy.PolicyException;
  }

  private final Factory factory;
  private final Semaphore permits;
  private final LinkedBlockingDeque<OpaPolicy> idle = new LinkedBlockingDeque<>();

  PolicyInstancePool(Factory factory, int size, OpaPolicy first) {
    this.factory = factory;
    this.permits = new Semaphore(Math.max(1, size));
    if (first != null) idle.add(first);
  }

  /** Waits for a free slot and returns an idle instance or a new one. */
  OpaPolicy borrow() throws InterruptedException, dev.readiness.policy.PolicyException {
    permits.acquire();
    OpaPolicy policy = idle.pollFirst();
    if (policy != null) return policy;
    try {
      return factory.create();
    } catch (dev.readiness.policy.PolicyException | RuntimeException e) {
      permits.release();
      throw e;
    }
  }

  /** Returns a healthy instance for reuse. */
  void giveBack(OpaPolicy policy) {
    idle.addFirst(policy);
    permits.release();
  }

  /** Drops an instance that trapped or aborted (its memory may be inconsistent); a new one is made on demand. */
  void discard() {
    permits.release();
  }

  @Override
  public void close() {
    idle.clear();
  }
}
