package dev.readiness.fix;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/** The few file-system operations an atomic apply needs; tests substitute one that fails on purpose. */
public interface FileOps {
  /** Writes data to a new file, fsyncs it, and sets its permissions when given (null = default). */
  void writeSynced(Path file, byte[] data, Set<PosixFilePermission> permissions) throws IOException;

  /** Renames within one directory, atomically where the file system allows, replacing the target. */
  void move(Path from, Path to) throws IOException;

  /** The real file system. */
  FileOps SYSTEM = new FileOps() {
    @Override
    public void writeSynced(Path file, byte[] data, Set<PosixFilePermission> permissions) throws IOException {
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(data);
        while (buf.hasRemaining()) ch.write(buf);
        ch.force(true);
      }
      if (permissions != null) {
        try {
          Files.setPosixFilePermissions(file, permissions);
        } catch (UnsupportedOperationException e) {
          // Non-POSIX file system: the mode cannot be expressed there; the content is what matters.
        }
      }
    }

    @Override
    public void move(Path from, Path to) throws IOException {
      try {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (java.nio.file.AtomicMoveNotSupportedException e) {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  };
}
