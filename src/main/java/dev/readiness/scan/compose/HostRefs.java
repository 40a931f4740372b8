package dev.readiness.scan.compose;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds other services named as hosts in a value: URL hosts, host:port pairs, and host-like keys (DB_HOST=db). */
final class HostRefs {
  private static final Pattern URL_HOST = Pattern.compile("[A-Za-z][A-Za-z0-9+.\\-]*://(?:[^@/\\s]*@)?([A-Za-z0-9_.\\-]+(?:,[A-Za-z0-9_.\\-:]+)*)");
  private static final Pattern HOST_PORT = Pattern.compile("(?<![\\w.\\-/@:])([A-Za-z][A-Za-z0-9_.\\-]*):(\\d{2,5})\\b");
  private static final Pattern HOST_KEY = Pattern.compile(
      "(?i).*(HOST|HOSTNAME|HOSTS|SERVER|SERVERS|ADDR|ADDRESS|ENDPOINT|BROKER|BROKERS|NODES|UPSTREAM|BACKEND)$");
  private static final Pattern FLAG_HOST = Pattern.compile("(?:^|\\s)(?:-h|--host|--hostname|-H)[= ]([A-Za-z][A-Za-z0-9_.\\-]*)");

  private HostRefs() {}

  /** Names from {@code services} (other than {@code self}) that {@code value} uses as a host. */
  static Set<String> find(String key, String value, Collection<String> services, String self) {
    Set<String> out = new TreeSet<>();
    if (value == null || value.isEmpty()) return out;
    Matcher u = URL_HOST.matcher(value);
    while (u.find()) {
      for (String h : u.group(1).split(",")) add(out, stripPort(h), services, self);
    }
    Matcher hp = HOST_PORT.matcher(value);
    while (hp.find()) add(out, hp.group(1), services, self);
    Matcher fh = FLAG_HOST.matcher(value);
    while (fh.find()) add(out, fh.group(1), services, self);
    if (key != null && HOST_KEY.matcher(key).matches()) {
      for (String h : value.split("[,;\\s]+")) add(out, stripPort(h), services, self);
    }
    return out;
  }

  private static String stripPort(String h) {
    int c = h.indexOf(':');
    return c >= 0 ? h.substring(0, c) : h;
  }

  private static void add(Set<String> out, String host, Collection<String> services, String self) {
    if (host.equals(self)) return;
    if (services.contains(host)) out.add(host);
  }
}
