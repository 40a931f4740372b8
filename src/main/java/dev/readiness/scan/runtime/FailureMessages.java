package dev.readiness.scan.runtime;

import java.io.FileNotFoundException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import javax.net.ssl.SSLException;

/** Turns transport exceptions (often nested several levels deep) into one line a user can act on. */
final class FailureMessages {
  private FailureMessages() {}

  static String describe(EngineEndpoint endpoint, Throwable error) {
    String where = endpoint.display();
    for (Throwable t = error; t != null; t = t.getCause()) {
      String msg = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (t instanceof AccessDeniedException || msg.contains("permission denied") || msg.contains("access denied")) {
        return "permission denied on " + where
            + " (add the user to the docker group, or point --docker-host at a socket it may use)";
      }
      if (t instanceof NoSuchFileException || t instanceof FileNotFoundException || msg.contains("no such file")) {
        return "no Docker engine socket at " + where;
      }
      if (t instanceof SocketTimeoutException || msg.contains("timed out") || msg.contains("timeout")) {
        return "the engine at " + where + " did not answer in time (hung daemon?)";
      }
      if (t instanceof ConnectException || msg.contains("connection refused")) {
        return "nothing is listening on " + where + " (connection refused)";
      }
      if (t instanceof UnknownHostException) {
        return "unknown host in " + where;
      }
      if (t instanceof SSLException) {
        return "TLS handshake with " + where + " failed: " + t.getMessage();
      }
      if (msg.contains("connection reset") || msg.contains("end of stream") || msg.contains("closed")) {
        return "the server at " + where + " closed the connection without an HTTP answer: it is not a Docker Engine API";
      }
    }
    String cls = error == null ? "unknown error" : error.getClass().getSimpleName();
    String detail = error == null || error.getMessage() == null ? cls : error.getMessage();
    return "cannot talk to the engine at " + where + ": " + firstLine(detail);
  }

  /** A short quote of an unexpected body, so "404 page not found" or an HTML page is recognizable. */
  static String excerpt(String body) {
    if (body == null || body.isBlank()) return "";
    String line = firstLine(body.strip());
    return " (\"" + (line.length() > 80 ? line.substring(0, 80) + "…" : line) + "\")";
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl).strip();
  }
}
