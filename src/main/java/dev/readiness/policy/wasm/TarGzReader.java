package dev.readiness.policy.wasm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads the regular files of a gzip-compressed tar archive (ustar, GNU long names, PAX path
 * records — what Go's archive/tar writes for {@code opa build}) into memory, with size limits.
 */
final class TarGzReader {
  private static final int BLOCK = 512;

  private final long maxEntry;
  private final long maxTotal;

  TarGzReader(long maxEntry, long maxTotal) {
    this.maxEntry = maxEntry;
    this.maxTotal = maxTotal;
  }

  /** Regular files by normalized path ("/policy.wasm"), in archive order. */
  Map<String, byte[]> read(InputStream raw) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    long total = 0;
    String pendingName = null;
    try (InputStream in = new GZIPInputStream(raw)) {
      byte[] header = new byte[BLOCK];
      while (true) {
        if (!readFully(in, header)) throw new IOException("truncated tar archive (no end marker)");
        if (isZero(header)) break;
        verifyChecksum(header);
        long size = octal(header, 124, 12);
        char type = (char) (header[156] == 0 ? '0' : header[156]);
        if (size < 0 || size > maxEntry) throw new IOException("tar entry larger than " + maxEntry + " bytes");
        total += size;
        if (total > maxTotal) throw new IOException("bundle larger than " + maxTotal + " bytes uncompressed");
        byte[] body = readBody(in, size);
        if (type == 'L') {
          pendingName = cString(body, 0, body.length);
        } else if (type == 'x') {
          String path = paxPath(body);
          if (path != null) pendingName = path;
        } else if (type == '0' || type == '7') {
          String name = pendingName != null ? pendingName : headerName(header);
          files.put(normalize(name), body);
          pendingName = null;
        } else {
          pendingName = null; // directories, links, global PAX headers: nothing to keep
        }
      }
    }
    return files;
  }

  static String normalize(String name) {
    String n = name.replace('\\', '/');
    while (n.startsWith("./")) n = n.substring(2);
    return n.startsWith("/") ? n : "/" + n;
  }

  private static String headerName(byte[] h) {
    String name = cString(h, 0, 100);
    boolean ustar = new String(h, 257, 5, StandardCharsets.US_ASCII).equals("ustar");
    String prefix = ustar ? cString(h, 345, 155) : "";
    return prefix.isEmpty() ? name : prefix + "/" + name;
  }

  private static String paxPath(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    for (String record : text.split("\n")) {
      int space = record.indexOf(' ');
      if (space < 0) continue;
      String kv = record.substring(space + 1);
      if (kv.startsWith("path=")) return kv.substring(5);
    }
    return null;
  }

  private byte[] readBody(InputStream in, long size) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(size, 1 << 20));
    byte[] block = new byte[BLOCK];
    long remaining = size;
    while (remaining > 0) {
      if (!readFully(in, block)) throw new IOException("truncated tar entry");
      int n = (int) Math.min(BLOCK, remaining);
      out.write(block, 0, n);
      remaining -= n;
    }
    return out.toByteArray();
  }

  private static boolean readFully(InputStream in, byte[] buf) throws IOException {
    int off = 0;
    while (off < buf.length) {
      int n = in.read(buf, off, buf.length - off);
      if (n < 0) return false;
      off += n;
    }
    return true;
  }

  private static boolean isZero(byte[] block) {
    for (byte b : block) if (b != 0) return false;
    return true;
  }

  private static void verifyChecksum(byte[] h) throws IOException {
    long expected = octal(h, 148, 8);
    long sum = 0;
    for (int i = 0; i < BLOCK; i++) sum += (i >= 148 && i < 156) ? ' ' : (h[i] & 0xff);
    if (sum != expected) throw new IOException("not a tar archive (header checksum mismatch)");
  }

  private static long octal(byte[] h, int off, int len) throws IOException {
    if ((h[off] & 0x80) != 0) { // GNU base-256 for large sizes
      long v = h[off] & 0x7f;
      for (int i = 1; i < len; i++) v = (v << 8) | (h[off + i] & 0xff);
      return v;
    }
    String s = cString(h, off, len).trim();
    if (s.isEmpty()) return 0;
    try {
      return Long.parseLong(s, 8);
    } catch (NumberFormatException e) {
      throw new IOException("not a tar archive (bad number field)");
    }
  }

  private static String cString(byte[] b, int off, int len) {
    int end = off;
    while (end < off + len && b[end] != 0) end++;
    return new String(b, off, end - off, StandardCharsets.UTF_8);
  }
}
