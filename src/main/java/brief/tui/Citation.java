package brief.tui;

import brief.core.Briefing;
import brief.render.Documents;
import brief.render.Sanitizer;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code y} copies: the statement as the briefing gives it, then a line saying where it comes
 * from (the briefing's title, the author, outlet and date, the paragraphs cited, the article's
 * address), so that a pasted quote carries its source. Classification goes first, as on every
 * printout.
 */
final class Citation {
  private Citation() {}

  static String of(Briefing b, String statement, List<Integer> paragraphs, String ref) {
    StringBuilder s = new StringBuilder();
    if (!b.classification().isEmpty()) {
      s.append(Sanitizer.line(b.classification())).append('\n');
    }
    s.append(Sanitizer.line(statement)).append('\n').append(Sanitizer.line(b.title()));
    List<String> about = new ArrayList<>();
    if (!b.source().author().isEmpty()) {
      about.add(Sanitizer.line(b.source().author()));
    }
    if (!b.source().outlet().isEmpty()) {
      about.add(Sanitizer.line(b.source().outlet()));
    }
    if (!b.date().isEmpty()) {
      about.add(Sanitizer.line(b.date()));
    }
    if (!about.isEmpty()) {
      s.append(" (").append(String.join(", ", about)).append(')');
    }
    String cited = Documents.paragraphs(paragraphs);
    if (!cited.isEmpty()) {
      s.append(", ").append(cited);
    }
    if (!b.source().url().isEmpty()) {
      s.append(": ").append(Sanitizer.line(b.source().url()));
    }
    if (!ref.isEmpty()) {
      s.append("; outside source: ").append(Sanitizer.line(ref));
    }
    // Each part on one line, with no control character: pasted into a shell, the briefing's own
    // line breaks would run as commands.
    return s.toString();
  }
}
