package brief.draft;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The states, organisations and news media draft recognises: every country the JDK names, in each
 * language of {@link Phrasebook#LANGUAGES}, with the capitals and demonyms of {@code places.txt};
 * the organisations of {@code organizations.txt} and media of {@code outlets.txt} (editable
 * resources); and capitalised names that end in a word such as Ministry or Council. Names match as
 * whole words, case-sensitively (so {@code US} is a state and {@code us} a pronoun), with the case
 * endings that Russian, Azerbaijani and Turkish add to a name ({@code России}, {@code
 * Azərbaycanın}, {@code Türkiye'nin}). Matching looks words up in a table, so a long article costs
 * one lookup per word and name length, however many names are known.
 */
final class Gazetteer {
  /**
   * A name found in a paragraph: the canonical name, the form used, where, and whether the form can
   * speak for it (a name or capital, not a demonym such as "Turkish").
   */
  record Found(Entity.Kind kind, String name, String form, int start, int end, boolean speaks) {}

  /** What a form names. */
  private record Known(String name, Entity.Kind kind, String sort, boolean speaks) {}

  private static final Pattern ORGANIZATION =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:\\p{Lu}[\\p{L}’'\\-]+\\s+){1,4}(?:Ministry|Council|Commission|Bank|Agency|Party"
              + "|Parliament|Assembly|Committee|Fund|Institute|University|Court|Corporation|Company|Association|Alliance"
              + "|Department|Organi[sz]ation|Authority|Foundation|Union|Government|Presidency|Office)(?:\\s+(?:of|for)(?:\\s+the)?(?:\\s+\\p{Lu}[\\p{L}’'\\-]+)+)?"
              + "(?![\\p{L}\\p{N}])"
              + "|(?<![\\p{L}\\p{N}])(?:Ministry|Department) (?:of|for)(?: the)?(?: \\p{Lu}[\\p{L}’'\\-]+)+");

  /** Endings a name takes in the languages read; tried when the bare word is not a name. */
  private static final Pattern ENDING =
      Pattern.compile(
          "(?:['’]\\p{L}{1,5}|n?[ıiuü]n|y?[aəeı]|d[aəe]n?|t[ae]n?|l[aəe]|y[iıuü]|"
              + "[аеуыи]|ой|ом|ей|ию|ии|ью|ым|ым)$");

  private static final int MAX_WORDS = 6;
  private static final Gazetteer DEFAULT = new Gazetteer();

  private final Map<String, Known> forms = new HashMap<>();
  private final Set<String> firstWords = new HashSet<>();

  private Gazetteer() {
    Map<String, String> preferred = new HashMap<>();
    for (String line : lines("places.txt")) {
      String[] parts = line.split("\\|", -1);
      String name = parts[0].strip();
      preferred.put(name, name);
      add(name, name, Entity.Kind.STATE, "state", true);
      if (parts.length > 1) {
        for (String other : parts[1].split(",")) {
          add(other.strip(), name, Entity.Kind.STATE, "state", true);
        }
      }
      if (parts.length > 2) {
        for (String demonym : parts[2].split(",")) {
          add(demonym.strip(), name, Entity.Kind.STATE, "state", false);
        }
      }
    }
    for (String code : Locale.getISOCountries()) {
      Locale country = new Locale("", code);
      String name = country.getDisplayCountry(Locale.ENGLISH);
      if (name.isEmpty() || name.equals(code)) {
        continue;
      }
      for (String language : Phrasebook.LANGUAGES) {
        String form = country.getDisplayCountry(Locale.forLanguageTag(language));
        if (!form.equals(code)) {
          add(form, name, Entity.Kind.STATE, "state", true);
        }
      }
    }
    for (String line : lines("organizations.txt")) {
      addAll(line, Entity.Kind.ORGANIZATION, "");
    }
    for (String line : lines("outlets.txt")) {
      addAll(line, Entity.Kind.ORGANIZATION, "media");
    }
  }

  static Gazetteer get() {
    return DEFAULT;
  }

  private void addAll(String line, Entity.Kind kind, String sort) {
    String[] parts = line.split("\\|", 2);
    String name = parts[0].strip();
    String s = sort.isEmpty() ? sortOf(name) : sort;
    add(name, name, kind, s, true);
    if (parts.length > 1) {
      for (String other : parts[1].split(",")) {
        add(other.strip().replace("\"", ""), name, kind, s, true);
      }
    }
  }

  private void add(String form, String name, Entity.Kind kind, String sort, boolean speaks) {
    if (form.isEmpty() || forms.containsKey(form) && forms.get(form).speaks()) {
      return;
    }
    forms.put(form, new Known(name, kind, sort, speaks));
    firstWords.add(form.split(" ", 2)[0]);
  }

  /** The kind of body a named organisation is ("ministry", "media", …), from its last word. */
  static String sortOf(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    String sort = Phrasebook.get().bodyKind(lower);
    if (sort != null) {
      return sort;
    }
    for (String word : lower.split("[^\\p{L}]+")) {
      String s = Phrasebook.get().bodyKind(word);
      if (s != null) {
        sort = s;
      }
    }
    if (sort == null && (lower.contains("министерств") || lower.startsWith("мид"))) {
      sort = "ministry";
    }
    return sort == null ? "organization" : sort;
  }

  /** The state a form names ("Azerbaijani" → Azerbaijan), or null. */
  String state(String form) {
    Known k = lookUp(form);
    return k != null && k.kind() == Entity.Kind.STATE ? k.name() : null;
  }

  /** The kind of body ("media", "ministry", "state", …) of a canonical name, or "". */
  String sort(String name) {
    Known k = forms.get(name);
    return k == null ? "" : k.sort();
  }

  private Known lookUp(String form) {
    Known k = forms.get(form);
    if (k == null) {
      Matcher e = ENDING.matcher(form);
      if (e.find() && e.start() >= 3) {
        k = forms.get(form.substring(0, e.start()));
        if (k == null && form.matches(".*\\p{IsCyrillic}.*")) {
          k = forms.get(form.substring(0, e.start()) + "а");
          k = k != null ? k : forms.get(form.substring(0, e.start()) + "я");
          k = k != null ? k : forms.get(form.substring(0, e.start()) + "ия");
        }
      }
    }
    return k;
  }

  List<Found> find(String text) {
    List<Found> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!isWordChar(text.charAt(i)) || i > 0 && isWordChar(text.charAt(i - 1))) {
        i++;
        continue;
      }
      if (!Character.isUpperCase(text.charAt(i)) && !startsForm(text, i)) {
        while (i < n && isWordChar(text.charAt(i))) {
          i++;
        }
        continue; // names are capitalised, but for the few forms listed in lower case ("dpa")
      }
      int[] ends = new int[MAX_WORDS];
      int words = 0;
      int j = i;
      while (words < MAX_WORDS) {
        while (j < n && (isWordChar(text.charAt(j)) || ".-’'".indexOf(text.charAt(j)) >= 0)) {
          j++;
        }
        ends[words++] = j;
        if (j + 1 < n && text.charAt(j) == ' ' && isWordChar(text.charAt(j + 1))) {
          j++;
        } else {
          break;
        }
      }
      String first = text.substring(i, ends[0]);
      Found found = null;
      for (int w = words - 1; w >= 0 && found == null; w--) {
        int end = ends[w];
        // A word may end with punctuation that is not part of the name ("Baku." "U.S.").
        for (int cut = end; cut > i && found == null; cut--) {
          char last = text.charAt(cut - 1);
          String form = text.substring(i, cut);
          if (w == 0 || firstWords.contains(first) || forms.containsKey(form)) {
            Known k = lookUp(form);
            if (k != null) {
              found = new Found(k.kind(), k.name(), form, i, cut, k.speaks());
            }
          }
          if (!(last == '.' || last == '\'' || last == '’' || last == '-')) {
            break;
          }
        }
      }
      if (found != null) {
        out.add(found);
        i = found.end();
      } else {
        i = ends[0];
      }
    }
    Matcher o = ORGANIZATION.matcher(text);
    while (o.find()) {
      String form =
          o.group().replaceFirst("^(The|A|An|In|At|On|For|From|By|With|And|But|Meanwhile)\\s+", "");
      int start = o.end() - form.length();
      if (out.stream()
          .noneMatch(
              f -> f.start() < o.end() && start < f.end() && !f.kind().equals(Entity.Kind.STATE))) {
        out.removeIf(f -> f.start() >= start && f.end() <= o.end());
        out.add(new Found(Entity.Kind.ORGANIZATION, form, form, start, o.end(), true));
      }
    }
    out.sort(Comparator.comparingInt(Found::start));
    return out;
  }

  private boolean startsForm(String text, int i) {
    int j = i;
    while (j < text.length() && isWordChar(text.charAt(j))) {
      j++;
    }
    return firstWords.contains(text.substring(i, j));
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  private static List<String> lines(String resource) {
    try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      List<String> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
