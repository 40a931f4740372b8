package dev.readiness.policy.wasm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Reads the regular files of a gzip-compressed tar archive (what {@code opa build} writes) into
 * memory, with size limits. commons-compress reads the tar dialects (ustar, GNU long names, PAX
 * records) and checks the header checksums; this class keeps the files and enforces the limits.
 */
final class TarGzReader {
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
    boolean any = false;
    try (TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(raw))) {
      for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
        any = true;
        if (!e.isFile()) continue; // directories, links, devices: nothing to keep
        long size = e.getSize();
        if (size < 0 || size > maxEntry) throw new IOException("tar entry larger than " + maxEntry + " bytes");
        total += size;
        if (total > maxTotal) throw new IOException("bundle larger than " + maxTotal + " bytes uncompressed");
        files.put(normalize(e.getName()), body(tar, size));
      }
    } catch (IllegalArgumentException e) {
      // commons-compress reports malformed header fields this way
      throw new IOException("not a tar archive (" + e.getMessage() + ")", e);
    }
    if (!any) throw new IOException("not a tar archive (no entries)");
    return files;
  }

  static String normalize(String name) {
    String n = name.replace('\\', '/');
    while (n.startsWith("./")) n = n.substring(2);
    return n.startsWith("/") ? n : "/" + n;
  }

  private static byte[] body(InputStream in, long size) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(size, 1 << 20));
    long copied = in.transferTo(out);
    if (copied != size) throw new IOException("truncated tar entry");
    return out.toByteArray();
  }
}
