package dev.readiness.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readiness.check.CheckCatalog;
import dev.readiness.check.CheckMetadata;
import dev.readiness.fix.engine.Catalog;
import dev.readiness.fix.engine.RemediationRegistry;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A check's {@code fixable} (METADATA, shown by rules/explain/reports, which recommend
 * {@code readiness fix --only ID}) must be exactly "the remediation catalog has an entry for it":
 * the catalog is the one place that decides what {@code readiness fix} can do.
 */
class CatalogFixableTest {
  @Test
  void fixableIsExactlyCatalogMembership() {
    Catalog catalog = Catalog.builtin(new RemediationRegistry());
    TreeSet<String> claimsWithoutRemediation = new TreeSet<>();
    TreeSet<String> remediatedButNotClaimed = new TreeSet<>();
    for (CheckMetadata c : CheckCatalog.builtin().all()) {
      boolean inCatalog = catalog.get(c.id()).isPresent();
      if (c.fixable() && !inCatalog) claimsWithoutRemediation.add(c.id());
      if (!c.fixable() && inCatalog) remediatedButNotClaimed.add(c.id());
    }
    assertEquals(List.of(), List.copyOf(claimsWithoutRemediation),
        "METADATA says fixable: true but remediations/catalog.yml has no remediation (reports would recommend `readiness fix --only ID`)");
    assertEquals(List.of(), List.copyOf(remediatedButNotClaimed),
        "remediations/catalog.yml remediates these but their METADATA says fixable: false");
  }

  @Test
  void onlyFixableChecksPromiseReadinessFix() {
    TreeSet<String> promising = new TreeSet<>();
    for (CheckMetadata c : CheckCatalog.builtin().all()) {
      if (!c.fixable() && c.remediation().contains("readiness fix")) promising.add(c.id());
    }
    assertEquals(List.of(), List.copyOf(promising), "remediation text promises `readiness fix` for checks it cannot fix");
  }

  @Test
  void everyCatalogEntryNamesAKnownCheck() {
    CheckCatalog checks = CheckCatalog.builtin();
    TreeSet<String> unknown = new TreeSet<>();
    for (Catalog.Entry e : Catalog.builtin(new RemediationRegistry()).entries()) {
      if (checks.find(e.check()).isEmpty()) unknown.add(e.check());
    }
    assertEquals(List.of(), List.copyOf(unknown), "catalog entries for checks that do not exist");
  }
}
