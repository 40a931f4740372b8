package dev.readiness.scan;

import dev.readiness.model.Diagnostic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Thread-safe sink collecting one scan's diagnostics; duplicates are dropped and the result is sorted by file and line. */
public final class Diagnostics implements Consumer<Diagnostic> {
  private static final Comparator<Diagnostic> ORDER = Comparator
      .comparing((Diagnostic d) -> d.file() == null ? "" : d.file())
      .thenComparing(d -> d.line() == null ? 0 : d.line())
      .thenComparing(Diagnostic::source, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(Diagnostic::message);

  private final Set<Diagnostic> seen = new LinkedHashSet<>();

  @Override
  public synchronized void accept(Diagnostic d) { seen.add(d); }

  /** Everything recorded, sorted. */
  public synchronized List<Diagnostic> sorted() {
    List<Diagnostic> out = new ArrayList<>(seen);
    out.sort(ORDER);
    return List.copyOf(out);
  }
}
