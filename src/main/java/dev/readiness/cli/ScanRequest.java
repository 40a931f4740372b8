package dev.readiness.cli;

import dev.readiness.check.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything {@code readiness scan} was asked to do, after parsing the command line.
 *
 * @param path the repository to scan, as given
 * @param formats report formats to write into {@code output} (empty: none)
 * @param output the report directory
 * @param stdoutFormat the one report printed to stdout, or null
 * @param quiet no console summary
 * @param failUnder overall threshold from the command line, or null
 * @param failUnderCategory category thresholds from the command line
 * @param failOn severity threshold from the command line, or null
 * @param softFail never exit 1
 * @param docker auto, on or off
 * @param dockerHost engine URI or null
 * @param policyDirs extra policy directories
 * @param bundles wasm bundles
 * @param builtin load the built-in checks
 * @param only check IDs (or prefixes) to keep
 * @param skip check IDs (or prefixes) to drop
 * @param config the configuration file named on the command line, or null for PATH/.readiness.yml
 * @param baseline the baseline file, or null
 * @param exclude extra globs to skip
 * @param writeBaseline where to record the current failing findings as a baseline, or null
 * @param data JSON/YAML data documents the user policies see under data ({@code -d}, repeatable)
 * @param v0Compatible parse the user policies as Rego v0
 */
public record ScanRequest(String path, List<String> formats, Path output, String stdoutFormat, boolean quiet,
                          Double failUnder, Map<String, Double> failUnderCategory, Severity failOn, boolean softFail,
                          String docker, String dockerHost, List<Path> policyDirs, List<Path> bundles,
                          boolean builtin, List<String> only, List<String> skip, Path config, Path baseline,
                          List<String> exclude, Path writeBaseline, List<Path> data, boolean v0Compatible) {
  public ScanRequest {
    data = data == null ? List.of() : List.copyOf(data);
  }

  /** A request without data documents, user policies in Rego v1. */
  public ScanRequest(String path, List<String> formats, Path output, String stdoutFormat, boolean quiet,
                     Double failUnder, Map<String, Double> failUnderCategory, Severity failOn, boolean softFail,
                     String docker, String dockerHost, List<Path> policyDirs, List<Path> bundles,
                     boolean builtin, List<String> only, List<String> skip, Path config, Path baseline,
                     List<String> exclude, Path writeBaseline) {
    this(path, formats, output, stdoutFormat, quiet, failUnder, failUnderCategory, failOn, softFail, docker, dockerHost,
        policyDirs, bundles, builtin, only, skip, config, baseline, exclude, writeBaseline, List.of(), false);
  }
}
