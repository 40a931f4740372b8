package dev.readiness.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteHistoryStoreTest extends HistoryStoreContract {
  @TempDir Path dir;
  private int n;

  @Override
  HistoryLocation freshLocation() {
    return HistoryLocation.parse(dir.resolve("history-" + (n++) + ".db").toString());
  }

  @Test
  void aFileThatIsNotADatabaseIsAClearError() throws Exception {
    Path junk = dir.resolve("junk.db");
    Files.writeString(junk, "this is not sqlite ".repeat(100));
    HistoryException e = assertThrows(HistoryException.class, () -> HistoryStore.open(HistoryLocation.parse(junk.toString())));
    assertTrue(e.getMessage().startsWith("cannot open the history " + junk.toAbsolutePath()), e.getMessage());
  }

  @Test
  void locationsParseFilesUrlsAndHidePasswords() {
    HistoryLocation file = HistoryLocation.parse("h.db");
    assertFalse(file.postgres());
    assertTrue(file.jdbcUrl().startsWith("jdbc:sqlite:/"));
    HistoryLocation pg = HistoryLocation.parse("postgresql://ci:s%40cret@db.example:5433/readiness?sslmode=require");
    assertTrue(pg.postgres());
    assertEquals("jdbc:postgresql://db.example:5433/readiness?sslmode=require", pg.jdbcUrl());
    assertEquals("ci", pg.properties().getProperty("user"));
    assertEquals("s@cret", pg.properties().getProperty("password"));
    assertFalse(pg.display().contains("cret"), "the password never appears in messages");
    assertFalse(HistoryLocation.parse("jdbc:postgresql://h/db?password=xyz").display().contains("xyz"));
    assertThrows(IllegalArgumentException.class, () -> HistoryLocation.parse("jdbc:mysql://h/db"));
  }
}
