package dev.readiness.cli;

/**
 * The jar's entry point. {@code --version} and the top-level help are answered here, before picocli
 * builds the command model (that alone costs several times a JVM's start): the version from the jar's
 * manifest, the help from {@code help.txt}, picocli's own rendering of it (plain text) kept in the jar
 * and checked against picocli by HelpTextTest. Everything else goes to {@link Main}.
 */
public final class Entry {
  private Entry() {}

  public static void main(String[] args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      for (String line : Version.lines()) System.out.println(line);
      return;
    }
    if (args.length == 1 && (args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h"))) {
      try (java.io.InputStream in = Entry.class.getResourceAsStream("help.txt")) {
        if (in != null) {
          System.out.write(in.readAllBytes());
          System.out.flush();
          return;
        }
      } catch (java.io.IOException e) {
        // fall through to picocli
      }
    }
    Main.main(args);
  }
}
