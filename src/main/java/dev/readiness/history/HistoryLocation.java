package dev.readiness.history;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where the history lives, from {@code --history}: a file path (an embedded SQLite database), a
 * {@code postgresql://user:password@host:port/db} URL (a shared PostgreSQL), or a {@code jdbc:} URL as is.
 *
 * @param jdbcUrl the JDBC URL, without credentials
 * @param properties user and password, when the URL carried them
 * @param display how to name it in messages (never with the password)
 * @param postgres whether it is PostgreSQL (else SQLite)
 */
public record HistoryLocation(String jdbcUrl, Properties properties, String display, boolean postgres) {

  public static HistoryLocation parse(String spec) {
    if (spec == null || spec.isBlank()) {
      throw new IllegalArgumentException("--history needs a file or a postgresql:// URL");
    }
    if (spec.startsWith("jdbc:postgresql:")) {
      return new HistoryLocation(spec, new Properties(), redact(spec), true);
    }
    if (spec.startsWith("jdbc:sqlite:")) {
      return new HistoryLocation(spec, new Properties(), spec, false);
    }
    if (spec.startsWith("jdbc:")) {
      throw new IllegalArgumentException("--history supports SQLite files and PostgreSQL, not " + spec.split(":")[1]);
    }
    if (spec.startsWith("postgresql://") || spec.startsWith("postgres://")) {
      try {
        URI u = new URI(spec);
        Properties p = new Properties();
        String userInfo = u.getRawUserInfo();
        if (userInfo != null) {
          int colon = userInfo.indexOf(':');
          p.setProperty("user", decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
          if (colon >= 0) {
            p.setProperty("password", decode(userInfo.substring(colon + 1)));
          }
        }
        String hostPort = u.getHost() == null ? "localhost" : u.getHost() + (u.getPort() > 0 ? ":" + u.getPort() : "");
        String query = u.getRawQuery() == null ? "" : "?" + u.getRawQuery();
        String url = "jdbc:postgresql://" + hostPort + (u.getRawPath() == null ? "/" : u.getRawPath()) + query;
        return new HistoryLocation(url, p, "postgresql://" + hostPort + u.getRawPath(), true);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("--history: not a valid URL: " + e.getMessage());
      }
    }
    Path file = Path.of(spec).toAbsolutePath().normalize();
    return new HistoryLocation("jdbc:sqlite:" + file, new Properties(), file.toString(), false);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  private static String redact(String jdbc) {
    return jdbc.replaceAll("(?i)(password=)[^&]*", "$1***");
  }
}
