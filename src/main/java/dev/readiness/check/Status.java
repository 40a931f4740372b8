package dev.readiness.check;

import com.fasterxml.jackson.annotation.JsonValue;

/** The outcome of one check. */
public enum Status {
  PASS("pass"), WARN("warn"), FAIL("fail"), NOT_APPLICABLE("n/a"), ERROR("error"), SUPPRESSED("suppressed");

  private final String id;

  Status(String id) { this.id = id; }

  @JsonValue
  public String id() { return id; }
}
