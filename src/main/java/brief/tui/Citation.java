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
      s.append(b.classification()).append('\n');
    }
    s.append(statement).append('\n').append(b.title());
    List<String> about = new ArrayList<>();
    if (!b.source().author().isEmpty()) {
      about.add(b.source().author());
    }
    if (!b.source().outlet().isEmpty()) {
      about.add(b.source().outlet());
    }
    if (!b.date().isEmpty()) {
      about.add(b.date());
    }
    if (!about.isEmpty()) {
      s.append(" (").append(String.join(", ", about)).append(')');
    }
    String cited = Documents.paragraphs(paragraphs);
    if (!cited.isEmpty()) {
      s.append(", ").append(cited);
    }
    if (!b.source().url().isEmpty()) {
      s.append(": ").append(b.source().url());
    }
    if (!ref.isEmpty()) {
      s.append("; outside source: ").append(ref);
    }
    // Pasted into a terminal or a mail, the text must carry no control sequence of its own.
    return Sanitizer.clean(s.toString());
  }
}
