package dev.readiness.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a discovered file is, by name and content; a file may have several kinds. */
public enum FileKind {
  DOCKERFILE, COMPOSE, ENV, WORKFLOW, DOC, SCRIPT, MAKEFILE, MIGRATION, PROXY, MONITORING, DEPLOY_TARGET,
  MANIFEST, SOURCE, DOCKERIGNORE, GITIGNORE, OTHER;

  @JsonValue
  public String id() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }
}
