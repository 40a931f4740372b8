package dev.readiness.fix;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** What remediations share during one plan: the templates, a secure random source, and notes for the user. */
public final class FixContext {
  private final Templates templates;
  private final SecureRandom random;
  private final List<Note> notes = new ArrayList<>();

  /**
   * Something the user must know or do by hand (a skipped item, a manual step).
   *
   * @param input true when the fix needs a value or decision only the user has (it wrote nothing in its place)
   */
  public record Note(String checkId, String message, boolean input) {
    public Note(String checkId, String message) { this(checkId, message, false); }
  }

  public FixContext(Templates templates, SecureRandom random) {
    this.templates = templates;
    this.random = random;
  }

  public Templates templates() { return templates; }

  /** The marker comment for a generated file. */
  public String marker(String path, String checkId) {
    String m = GeneratedMarker.line(path, checkId);
    return m == null ? "" : m;
  }

  /** A random secret (URL-safe base64 of 32 bytes), never printed. */
  public String secret() {
    byte[] b = new byte[32];
    random.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  public void note(String checkId, String message) {
    Note n = new Note(checkId, message);
    if (!notes.contains(n)) notes.add(n);
  }

  /**
   * Records that a remediation needs a fact only the user can supply; the remediation writes no empty or
   * guessed value in its place, so the check keeps failing until it is supplied.
   */
  public void needsInput(String checkId, String message) {
    Note n = new Note(checkId, message, true);
    // One input serves every check that waits for it: asked once (under the first check that needs it).
    if (notes.stream().noneMatch(x -> x.input() && x.message().equals(message))) notes.add(n);
  }

  public List<Note> notes() { return List.copyOf(notes); }
}
