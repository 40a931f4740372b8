package dev.readiness.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {
  @TempDir Path root;

  @Test
  void userFileAtAGeneratorTargetIsRefusedWithoutForce() throws Exception {
    Files.writeString(root.resolve("SECURITY.md"), "# Our policy\n");
    Workspace ws = new Workspace(new PathGuard(root), false);
    assertFalse(ws.generate("SECURITY.md", "generated\n", "docs.security-policy", "r"));
    assertEquals(1, ws.refusals().size());
    assertTrue(ws.changes().isEmpty());
    Workspace forced = new Workspace(new PathGuard(root), true);
    assertTrue(forced.generate("SECURITY.md", "generated\n", "docs.security-policy", "r"));
    assertEquals(ChangeKind.MODIFY, forced.changes().changes().get(0).kind());
  }

  @Test
  void generatedFileMayBeRegenerated() throws Exception {
    Files.writeString(root.resolve("RUNBOOK.md"), "<!-- " + GeneratedMarker.TEXT + " (docs.runbook) -->\nold\n");
    Workspace ws = new Workspace(new PathGuard(root), false);
    assertTrue(ws.generate("RUNBOOK.md", "<!-- " + GeneratedMarker.TEXT + " (docs.runbook) -->\nnew\n", "docs.runbook", "r"));
    assertTrue(ws.refusals().isEmpty());
  }

  @Test
  void successivePatchesComposeAndUnchangedFilesDropOut() throws Exception {
    Files.writeString(root.resolve("f.txt"), "a\n");
    Workspace ws = new Workspace(new PathGuard(root), false);
    ws.patch("f.txt", "a\nb\n", "one", "add b");
    ws.patch("f.txt", ws.read("f.txt").orElseThrow() + "c\n", "two", "add c");
    FileChange c = ws.changes().changes().get(0);
    assertEquals("a\nb\nc\n", c.after());
    assertEquals(java.util.List.of("one", "two"), c.checkIds());
    ws.patch("f.txt", "a\n", "three", "revert");
    assertTrue(ws.changes().isEmpty());
  }
}
