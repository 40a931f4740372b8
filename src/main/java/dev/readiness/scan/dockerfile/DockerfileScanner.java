package dev.readiness.scan.dockerfile;

import dev.readiness.model.FileKind;
import dev.readiness.discover.SourceFile;
import dev.readiness.model.Diagnostic;
import dev.readiness.scan.ScanContext;
import dev.readiness.scan.Scanner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Dockerfiles → stages and instructions as facts; syntax problems become diagnostics and the scan goes on. */
public final class DockerfileScanner implements Scanner<List<DockerfileFacts>> {
  private static final String SOURCE = "dockerfile";

  private final DockerfileAnalyzer analyzer;

  public DockerfileScanner() {
    this(ValueKindsBridge.DEFAULT);
  }

  /** With an explicit value-kind classifier (tests). */
  DockerfileScanner(ValueKindClassifier kinds) {
    this.analyzer = new DockerfileAnalyzer(kinds);
  }

  @Override
  public List<DockerfileFacts> scan(ScanContext context) {
    List<DockerfileFacts> out = new ArrayList<>();
    java.util.Map<String, List<BuildContexts.Context>> contexts = null;
    for (SourceFile f : context.files(FileKind.DOCKERFILE)) {
      Optional<DockerfileAst> ast = DockerfileParser.parse(context, f);
      if (ast.isEmpty()) continue;
      DockerfileFacts facts = scan(f.path(), ast.get(), context);
      if (facts == null) continue;
      if (contexts == null) contexts = BuildContexts.find(context);
      List<DockerfileFacts.BuildContext> own = contexts.getOrDefault(f.path(), List.of()).stream()
          .map(c -> new DockerfileFacts.BuildContext(c.dir(), c.file(), c.line())).toList();
      out.add(own.isEmpty() ? facts : facts.withBuildContexts(own));
    }
    return List.copyOf(out);
  }

  /** Facts of one file, or null (one diagnostic) when it has instructions but none is FROM: then it is not a Dockerfile. */
  DockerfileFacts scan(String path, String text, ScanContext context) {
    return scan(path, DockerfileParser.parse(text), context);
  }

  private DockerfileFacts scan(String path, DockerfileAst ast, ScanContext context) {
    boolean hasFrom = ast.instructions().stream().anyMatch(i -> i.keyword().equals("FROM"));
    if (!hasFrom && !ast.instructions().isEmpty()) {
      context.diagnose(Diagnostic.warning(SOURCE, path, ast.instructions().get(0).startLine(), "no FROM instruction: not read as a Dockerfile"));
      return null;
    }
    for (DockerfileAst.Problem p : ast.problems()) context.diagnose(Diagnostic.warning(SOURCE, path, p.line(), p.message()));
    int slash = path.lastIndexOf('/');
    String dir = slash < 0 ? "." : path.substring(0, slash);
    return analyzer.analyze(path, dir, ast,
        (line, message) -> context.diagnose(Diagnostic.warning(SOURCE, path, line, message)));
  }
}
