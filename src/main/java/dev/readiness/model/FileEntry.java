package dev.readiness.model;

import java.util.List;

/** One discovered file as policies see it. */
public record FileEntry(String path, List<FileKind> kinds, long size, boolean tracked, boolean ignored) {}
