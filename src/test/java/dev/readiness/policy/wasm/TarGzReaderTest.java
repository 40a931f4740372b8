package dev.readiness.policy.wasm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;

class TarGzReaderTest {
  private static final String LONG = "policies/" + "nested/".repeat(20) + "policy.rego";

  @Test
  void readsRegularFilesWithLongNamesInOrder() throws IOException {
    for (int mode : new int[] {TarArchiveOutputStream.LONGFILE_GNU, TarArchiveOutputStream.LONGFILE_POSIX}) {
      byte[] archive = archive(mode, "./policy.wasm", "wasm", "/data.json", "{}", LONG, "package x");
      Map<String, byte[]> files = new TarGzReader(1 << 20, 1 << 20).read(new ByteArrayInputStream(archive));
      assertEquals(List.of("/policy.wasm", "/data.json", "/" + LONG), List.copyOf(files.keySet()));
      assertArrayEquals("package x".getBytes(StandardCharsets.UTF_8), files.get("/" + LONG));
    }
  }

  @Test
  void limitsAndDamageAreErrors() throws IOException {
    byte[] archive = archive(TarArchiveOutputStream.LONGFILE_GNU, "a", "12345", "b", "12345");
    IOException entry = assertThrows(IOException.class, () -> new TarGzReader(4, 100).read(new ByteArrayInputStream(archive)));
    assertTrue(entry.getMessage().contains("tar entry larger than 4 bytes"), entry.getMessage());
    IOException total = assertThrows(IOException.class, () -> new TarGzReader(10, 8).read(new ByteArrayInputStream(archive)));
    assertTrue(total.getMessage().contains("bundle larger than 8 bytes"), total.getMessage());

    byte[] tar = gunzip(archive);
    byte[] cut = Arrays.copyOf(tar, 512 + 2); // the first header and two bytes of its body
    assertThrows(IOException.class, () -> new TarGzReader(100, 100).read(new ByteArrayInputStream(gzip(cut))));
    byte[] text = gzip("just some text, not a tar archive at all".repeat(20).getBytes(StandardCharsets.UTF_8));
    assertThrows(IOException.class, () -> new TarGzReader(100, 10_000).read(new ByteArrayInputStream(text)));
  }

  private static byte[] archive(int longNames, String... namesAndBodies) throws IOException {
    ByteArrayOutputStream tar = new ByteArrayOutputStream();
    try (TarArchiveOutputStream out = new TarArchiveOutputStream(tar)) {
      out.setLongFileMode(longNames);
      for (int i = 0; i < namesAndBodies.length; i += 2) {
        byte[] body = namesAndBodies[i + 1].getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry e = new TarArchiveEntry(namesAndBodies[i]);
        e.setSize(body.length);
        out.putArchiveEntry(e);
        out.write(body);
        out.closeArchiveEntry();
      }
    }
    return gzip(tar.toByteArray());
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  private static byte[] gunzip(byte[] data) throws IOException {
    return new java.util.zip.GZIPInputStream(new ByteArrayInputStream(data)).readAllBytes();
  }
}
