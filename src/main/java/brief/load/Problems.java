package brief.load;

import brief.core.Diagnostic;
import brief.core.Severity;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** Collects the errors and warnings of one file, each at the place of the node it concerns. */
final class Problems {
  private final String file;
  private final List<Diagnostic> list = new ArrayList<>();
  private final List<Diagnostic> warnings = new ArrayList<>();

  Problems(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  void at(Node node, String message) {
    at(node == null ? null : node.getStartMark(), message);
  }

  void at(Mark mark, String message) {
    if (mark == null) {
      list.add(Diagnostic.of(file, message));
    } else {
      list.add(new Diagnostic(file, mark.getLine() + 1, mark.getColumn() + 1, message));
    }
  }

  void at(int line, int column, String message) {
    list.add(new Diagnostic(file, line, column, message));
  }

  void warn(Node node, String message) {
    Mark mark = node == null ? null : node.getStartMark();
    warnings.add(
        mark == null
            ? new Diagnostic(file, 0, 0, message, Severity.WARNING)
            : new Diagnostic(
                file, mark.getLine() + 1, mark.getColumn() + 1, message, Severity.WARNING));
  }

  List<Diagnostic> warnings() {
    return sort(warnings);
  }

  boolean any() {
    return !list.isEmpty();
  }

  List<Diagnostic> sorted() {
    return sort(list);
  }

  private static List<Diagnostic> sort(List<Diagnostic> diagnostics) {
    List<Diagnostic> out = new ArrayList<>(diagnostics);
    out.sort(
        (a, b) ->
            a.line() != b.line()
                ? Integer.compare(a.line(), b.line())
                : Integer.compare(a.column(), b.column()));
    return out;
  }
}
