package brief.load;

import java.util.ArrayList;
import java.util.List;

/** Splits a plain-text source into paragraphs: blocks separated by blank lines, numbered from 1. */
public final class Paragraphs {
  private Paragraphs() {}

  public static List<String> split(String text) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
      if (line.isBlank()) {
        flush(paragraphs, current);
      } else {
        if (current.length() > 0) {
          current.append('\n');
        }
        current.append(line.strip());
      }
    }
    flush(paragraphs, current);
    return paragraphs;
  }

  private static void flush(List<String> paragraphs, StringBuilder current) {
    if (current.length() > 0) {
      paragraphs.add(current.toString());
      current.setLength(0);
    }
  }
}
