package dev.readiness.scan.compose;

import java.util.ArrayList;
import java.util.List;

/** Splits compose short-syntax volume strings {@code [SOURCE:]TARGET[:MODE]}, tolerating Windows drive letters. */
final class VolumeSpec {
  private VolumeSpec() {}

  static List<String> split(String spec) {
    List<String> parts = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < spec.length(); i++) {
      char c = spec.charAt(i);
      // "C:\data" or "C:/data": a drive letter colon is part of the path.
      boolean drive = c == ':' && cur.length() == 1 && Character.isLetter(cur.charAt(0))
          && i + 1 < spec.length() && (spec.charAt(i + 1) == '\\' || spec.charAt(i + 1) == '/');
      if (c == ':' && !drive) {
        parts.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    parts.add(cur.toString());
    return parts;
  }
}
