package dev.readiness.fix;

import java.util.List;

/** The ordered file changes of one fix plan (at most one change per path). */
public record ChangeSet(List<FileChange> changes) {
  public ChangeSet {
    changes = List.copyOf(changes);
  }

  public boolean isEmpty() { return changes.isEmpty(); }
}
