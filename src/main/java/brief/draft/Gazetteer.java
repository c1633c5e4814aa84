package brief.draft;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The states and organisations draft recognises: the lists in {@code states.txt} and {@code
 * organizations.txt} (editable resources), matched as whole words and case-sensitively (so {@code
 * US} is a state and {@code us} a pronoun), and capitalised names that end in a word such as
 * Ministry or Council.
 */
final class Gazetteer {
  /** A name found in a paragraph: the canonical name, the form used, and where. */
  record Found(Entity.Kind kind, String name, String form, int start, int end) {}

  private static final Pattern ORGANIZATION =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:\\p{Lu}[\\p{L}’'\\-]+\\s+){1,4}(?:Ministry|Council|Commission|Bank|Agency|Party"
              + "|Parliament|Assembly|Committee|Fund|Institute|University|Court|Corporation|Company|Association|Alliance"
              + "|Department|Organi[sz]ation|Authority|Foundation|Union)(?:\\s+(?:of|for)(?:\\s+the)?(?:\\s+\\p{Lu}[\\p{L}’'\\-]+)+)?"
              + "(?![\\p{L}\\p{N}])"
              + "|(?<![\\p{L}\\p{N}])(?:Ministry|Department) (?:of|for)(?: the)?(?: \\p{Lu}[\\p{L}’'\\-]+)+");

  private static final Gazetteer DEFAULT = new Gazetteer();

  private final Map<String, String> canonical = new HashMap<>();
  private final Map<String, Entity.Kind> kinds = new HashMap<>();
  private final Pattern known;

  private Gazetteer() {
    read("states.txt", Entity.Kind.STATE);
    read("organizations.txt", Entity.Kind.ORGANIZATION);
    List<String> forms = new ArrayList<>(canonical.keySet());
    forms.sort(
        Comparator.comparingInt(String::length)
            .reversed()
            .thenComparing(Comparator.naturalOrder()));
    StringBuilder alternation = new StringBuilder();
    for (String form : forms) {
      alternation.append(alternation.length() == 0 ? "" : "|").append(Pattern.quote(form));
    }
    known =
        Pattern.compile("(?<![\\p{L}\\p{N}.])(" + alternation + ")(?![\\p{L}\\p{N}]|\\.\\p{L})");
  }

  static Gazetteer get() {
    return DEFAULT;
  }

  private void read(String resource, Entity.Kind kind) {
    try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\\|", 2);
        String name = parts[0].strip();
        canonical.put(name, name);
        kinds.put(name, kind);
        if (parts.length > 1) {
          for (String other : parts[1].split(",")) {
            if (!other.isBlank()) {
              canonical.put(other.strip(), name);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The state a form names ("Azerbaijani" → Azerbaijan), or null. */
  String state(String form) {
    String name = canonical.get(form);
    return name != null && kinds.get(name) == Entity.Kind.STATE ? name : null;
  }

  List<Found> find(String text) {
    List<Found> out = new ArrayList<>();
    Matcher m = known.matcher(text);
    while (m.find()) {
      String name = canonical.get(m.group(1));
      out.add(new Found(kinds.get(name), name, m.group(1), m.start(1), m.end(1)));
    }
    Matcher o = ORGANIZATION.matcher(text);
    while (o.find()) {
      String form =
          o.group().replaceFirst("^(The|A|An|In|At|On|For|From|By|With|And|But|Meanwhile)\\s+", "");
      int start = o.end() - form.length();
      if (out.stream()
          .noneMatch(
              f ->
                  f.start() < o.end() && start < f.end() && f.kind() == Entity.Kind.ORGANIZATION)) {
        out.add(new Found(Entity.Kind.ORGANIZATION, form, form, start, o.end()));
      }
    }
    out.sort(Comparator.comparingInt(Found::start));
    return out;
  }
}
