package dev.readiness.scan;

/** Turns files of one input kind into facts. Pure: files in, facts out; problems become diagnostics. */
public interface Scanner<T> {
  T scan(ScanContext context);
}
