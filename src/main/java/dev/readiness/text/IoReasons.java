package dev.readiness.text;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file operation failed, in words and without a path. Java's file exceptions carry the path as
 * their message ({@code AccessDeniedException: out/readiness.md}), so "cannot write X: " + getMessage()
 * printed the path twice, or a temp file's absolute path instead of the reason; callers name the file
 * they meant and append this.
 */
public final class IoReasons {
  private IoReasons() {}

  /** The reason of a failed file operation: "permission denied", "not a directory", the OS's reason, ... */
  public static String of(Exception e) {
    if (e instanceof AccessDeniedException) return "permission denied";
    if (e instanceof NoSuchFileException) return "no such file or directory";
    if (e instanceof NotDirectoryException) return "not a directory";
    if (e instanceof FileAlreadyExistsException) return "a file is in the way";
    if (e instanceof DirectoryNotEmptyException) return "directory not empty";
    if (e instanceof java.io.EOFException && e.getMessage() == null) return "unexpected end of file";
    if (e instanceof FileSystemException f) {
      if (f.getReason() != null) return f.getReason();
      return e.getClass().getSimpleName().replaceAll("Exception$", "");
    }
    if (e.getMessage() != null && !e.getMessage().isBlank()) return e.getMessage();
    return e.getClass().getSimpleName();
  }
}
