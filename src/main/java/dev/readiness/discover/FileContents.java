package dev.readiness.discover;

import dev.readiness.model.Diagnostic;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Reads discovered files once and caches the decoded text. Decoding is strict UTF-8; a NUL byte or
 * an invalid sequence means binary and the file is skipped with one diagnostic. A leading BOM is
 * dropped; line endings are kept as they are so line numbers stay right.
 */
public final class FileContents {
  private final long sizeCap;
  private final Consumer<Diagnostic> diagnostics;
  private final ConcurrentHashMap<String, Optional<String>> cache = new ConcurrentHashMap<>();

  public FileContents(long sizeCap, Consumer<Diagnostic> diagnostics) {
    this.sizeCap = sizeCap;
    this.diagnostics = diagnostics;
  }

  /** The file's text, or empty after one diagnostic if it cannot be used as text. */
  public Optional<String> read(SourceFile file) {
    return cache.computeIfAbsent(file.path(), p -> load(file));
  }

  private Optional<String> load(SourceFile file) {
    byte[] bytes;
    try {
      long size = Files.size(file.absolute());
      if (size > sizeCap) {
        diagnostics.accept(Diagnostic.warning("discover", file.path(), null,
            "skipped: " + size + " bytes is over the size cap of " + sizeCap + " bytes"));
        return Optional.empty();
      }
      bytes = Files.readAllBytes(file.absolute());
    } catch (AccessDeniedException e) {
      diagnostics.accept(Diagnostic.error("discover", file.path(), null, "unreadable: permission denied"));
      return Optional.empty();
    } catch (IOException | SecurityException e) {
      diagnostics.accept(Diagnostic.error("discover", file.path(), null, "unreadable: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " " + e.getMessage().replace(file.absolute().toString(), file.path()))));
      return Optional.empty();
    }
    Optional<String> text = decode(bytes);
    if (text.isEmpty()) {
      diagnostics.accept(Diagnostic.warning("discover", file.path(), firstBadLine(bytes), "skipped: binary or not UTF-8"));
    }
    return text;
  }

  /** Strict UTF-8 decoding without NUL bytes, BOM removed; empty when the bytes are not text. */
  public static Optional<String> decode(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) return Optional.empty();
    }
    try {
      String s = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return Optional.of(s.startsWith("\uFEFF") ? s.substring(1) : s);
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** The line of the first NUL byte or invalid UTF-8 sequence, whichever comes first, to point the reader at it. */
  private static Integer firstBadLine(byte[] bytes) {
    int end = firstInvalidUtf8(bytes);
    for (int i = 0; i < end; i++) {
      if (bytes[i] == 0) {
        end = i;
        break;
      }
    }
    if (end >= bytes.length) return null;
    int line = 1;
    for (int i = 0; i < end; i++) {
      if (bytes[i] == '\n') line++;
    }
    return line;
  }

  /** Offset of the first byte that does not start valid UTF-8, or the length when all of it is valid. */
  private static int firstInvalidUtf8(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(4096);
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    while (true) {
      CoderResult r = decoder.decode(in, out, true);
      if (r.isError()) return in.position();
      if (r.isOverflow()) {
        out.clear();
        continue;
      }
      return bytes.length;
    }
  }
}
