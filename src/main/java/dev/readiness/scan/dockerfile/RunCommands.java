package dev.readiness.scan.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a RUN command does, by pattern: package managers invoked, package caches cleaned (or kept out
 * of the layer), and remote scripts piped into a shell. The tables below are the whole rule set.
 */
public final class RunCommands {
  /** A command word counts only at a command position: line start, after ; && || | ( or sudo/exec/then/do. */
  private static final String AT_COMMAND = "(?:^|[\\n;&|(`]|\\bsudo\\s|\\bexec\\s|\\bthen\\s|\\bdo\\s|\\$\\()\\s*(?:[A-Za-z_][A-Za-z0-9_]*=\\S*\\s+)*";

  private static final List<Map.Entry<String, Pattern>> MANAGERS = List.of(
      manager("apt-get", "(?:apt-get|apt)\\s+(?:-\\S+\\s+)*(?:install|update|upgrade|dist-upgrade|remove|purge)\\b"),
      manager("apk", "apk\\s+(?:add|update|upgrade|del)\\b"),
      manager("yum", "yum\\s+(?:-\\S+\\s+)*(?:install|update|upgrade|remove|makecache)\\b"),
      manager("dnf", "(?:dnf|microdnf)\\s+(?:-\\S+\\s+)*(?:install|update|upgrade|remove|makecache)\\b"),
      manager("zypper", "zypper\\s+(?:-\\S+\\s+)*(?:install|in|update|up|refresh|ref)\\b"),
      manager("pip", "(?:pip[0-9.]*|python[0-9.]*\\s+-m\\s+pip)\\s+(?:-\\S+\\s+)*(?:install|wheel|download)\\b"),
      manager("pipenv", "pipenv\\s+(?:install|sync)\\b"),
      manager("poetry", "poetry\\s+(?:install|add|export)\\b"),
      manager("uv", "uv\\s+(?:pip\\s+install|sync|add)\\b"),
      manager("npm", "npm\\s+(?:install|i|ci|run\\s+build|prune)\\b"),
      manager("yarn", "yarn(?:\\s+(?:install|add|build|workspaces\\s+focus)\\b|\\s*(?:$|&&|;|\\|))"),
      manager("pnpm", "pnpm\\s+(?:install|i|add|fetch|run\\s+build)\\b"),
      manager("go", "go\\s+(?:build|install|get|mod\\s+(?:download|tidy|vendor))\\b"),
      manager("maven", "(?:mvn|\\./mvnw|mvnw)\\s+"),
      manager("gradle", "(?:gradle|\\./gradlew|gradlew)\\s+"),
      manager("bundler", "(?:bundle\\s+(?:install|update)|gem\\s+install)\\b"),
      manager("composer", "composer\\s+(?:install|update|require)\\b"),
      manager("cargo", "cargo\\s+(?:build|install|fetch)\\b"),
      manager("dotnet", "dotnet\\s+(?:restore|publish|build)\\b"));

  /** Evidence that a package cache is cleaned in the same layer or never written to it. */
  private static final List<Pattern> CACHE_CLEANING = List.of(
      Pattern.compile("rm\\s+(?:-[A-Za-z]*[rf][A-Za-z]*|--(?:recursive|force))\\s+[^;&|\\n]*/var/lib/apt/lists"),
      // a cleanup helper shipped with the image (apt-cleanup, cache-cleanup, pkg-clean)
      Pattern.compile("(?:^|[\\s;&|(])[\\w./-]*(?:apt|cache|pkg|package)[-_]?clean(?:up)?(?=[\\s;&|)]|$)"),
      Pattern.compile("apt-get\\s+(?:-\\S+\\s+)*(?:clean|autoclean)\\b"),
      Pattern.compile("apk\\s+(?:[^;&|\\n]*\\s)?--no-cache\\b"),
      Pattern.compile("rm\\s+(?:-[A-Za-z]*[rf][A-Za-z]*|--(?:recursive|force))\\s+[^;&|\\n]*/var/cache/(?:apk|yum|dnf)"),
      Pattern.compile("(?:yum|dnf|microdnf)\\s+clean\\s+all"),
      Pattern.compile("--no-cache-dir\\b"),
      Pattern.compile("PIP_NO_CACHE_DIR"),
      Pattern.compile("rm\\s+-[A-Za-z]*[rf][A-Za-z]*\\s+[^;&|\\n]*(?:\\.cache/pip|/root/\\.cache|~/\\.cache)"),
      Pattern.compile("npm\\s+cache\\s+clean"),
      Pattern.compile("yarn\\s+cache\\s+clean"),
      Pattern.compile("pnpm\\s+store\\s+prune"),
      Pattern.compile("go\\s+clean\\s+-(?:cache|modcache)"),
      Pattern.compile("composer\\s+clear-cache"),
      Pattern.compile("poetry\\s+cache\\s+clear"),
      Pattern.compile("uv\\s+cache\\s+clean"),
      Pattern.compile("UV_NO_CACHE"),
      Pattern.compile("bundle\\s+[^;&|\\n]*--no-cache"),
      Pattern.compile("zypper\\s+clean"));

  /** A download piped or substituted into a shell. */
  private static final List<Pattern> CURL_PIPE_SHELL = List.of(
      Pattern.compile("\\b(?:curl|wget)\\b[^|;&\\n]*\\|\\s*(?:sudo\\s+(?:-\\S+\\s+)*)?(?:env\\s+\\S*\\s*)?(?:ba|z|da|k|fi)?sh\\b"),
      Pattern.compile("\\b(?:curl|wget)\\b[^|;&\\n]*\\|\\s*(?:sudo\\s+)?(?:python[0-9.]*|perl|ruby|node)\\b"),
      Pattern.compile("\\b(?:ba|z|da)?sh\\s+(?:-c\\s+)?[\"']?\\$\\(\\s*(?:curl|wget)\\b"),
      Pattern.compile("\\b(?:ba|z|da)?sh\\s+<\\(\\s*(?:curl|wget)\\b"));

  private RunCommands() {}

  private static Map.Entry<String, Pattern> manager(String name, String regex) {
    return Map.entry(name, Pattern.compile(AT_COMMAND + "(?:" + regex + ")", Pattern.MULTILINE));
  }

  /** Package managers invoked by the command, in table order. */
  public static List<String> packageManagers(String command) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, Pattern> e : MANAGERS) {
      if (e.getValue().matcher(command).find()) out.add(e.getKey());
    }
    return out;
  }

  /** Whether the command cleans a package cache (or a cache mount keeps it out of the layer). */
  public static boolean cleansCache(String command, List<String> mounts) {
    for (String m : mounts) if (m.contains("type=cache")) return true;
    for (Pattern p : CACHE_CLEANING) if (p.matcher(command).find()) return true;
    return false;
  }

  /** Whether the command pipes a download into an interpreter. */
  public static boolean curlPipeShell(String command) {
    for (Pattern p : CURL_PIPE_SHELL) if (p.matcher(command).find()) return true;
    return false;
  }
}
