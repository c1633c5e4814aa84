package brief.core;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whom a description or a pronoun that reports speech stands for, read in the article's order: the
 * person the article gave that title ({@code the prime minister} after {@code Prime Minister Irakli
 * Kobakhidze}), else the last speaker named; and whom else it may mean, which a text rule cannot
 * settle: for {@code the daily}, a party named since that speaker ({@code Izvestia was more
 * cautious}, {@code told Report}); for {@code he}, anyone named so far.
 */
final class Referents {
  private static final Pattern REFERS_BACK =
      Pattern.compile(SpeechReports.DESCRIPTION + "|" + SpeechReports.PRONOUN);

  private String last = "";
  private final List<String> since = new ArrayList<>();
  private final List<String> seen = new ArrayList<>(); // every party named so far
  private final StringBuilder read = new StringBuilder(); // the narration of the paragraphs before

  /**
   * The reports of the next paragraph ({@code narration}), in order, with back-references resolved.
   */
  List<SpeechReports.Report> resolve(List<SpeechReports.Report> here, String narration) {
    List<SpeechReports.Report> found = new ArrayList<>();
    List<Subject> subjects = otherParties(narration, here);
    int next = 0;
    for (SpeechReports.Report r : here) {
      while (next < subjects.size() && subjects.get(next).start() < r.start()) {
        Subject subject = subjects.get(next++);
        another(since, subject.name(), last);
        another(seen, subject.name(), "");
      }
      if (r.name().isEmpty() && REFERS_BACK.matcher(r.written()).matches()) {
        String meant = titled(r.written(), read + narration.substring(0, r.start()));
        // "he" may mean anyone the article has named ("Later, the Azerbaijani leader thanked
        // them. '…,' he said"); "the minister" only someone named since the last speaker.
        boolean pronoun = SpeechReports.PRONOUN_WORD.matcher(r.written().strip()).matches();
        List<String> orElse = new ArrayList<>(pronoun ? seen : since);
        orElse.remove(last);
        found.add(
            new SpeechReports.Report(
                r.paragraph(),
                r.start(),
                r.end(),
                r.written(),
                meant.isEmpty() ? last : meant,
                List.copyOf(orElse)));
      } else {
        found.add(r);
      }
      if (!r.name().isEmpty() && !r.name().equals(SpeechReports.AUTHOR_NAME)) {
        last = r.name();
        since.clear();
        another(seen, last, "");
      }
    }
    while (next < subjects.size()) {
      Subject subject = subjects.get(next++);
      another(since, subject.name(), last);
      another(seen, subject.name(), "");
    }
    read.append(narration).append('\n');
    return found;
  }

  /**
   * A sentence that opens with a name, then a lowercase word ({@code Izvestia was more cautious}),
   * or the one told ({@code told Report}).
   */
  private static final Pattern OTHER_PARTY =
      Pattern.compile(
          "(?:(?:^|[.!?]\\s+)("
              + SpeechReports.PROPER
              + ")\\s+\\p{Ll}|\\b(?:told|tells)\\s+("
              + SpeechReports.PROPER
              + "))");

  /** Words that open a sentence without naming anyone. */
  private static final Pattern NOT_A_SUBJECT =
      Pattern.compile(
          "(?:The|A|An|It|Its|This|That|These|Those|There|Here|He|She|They|We|I|You|His|Her"
              + "|Their|Our|In|On|At|As|When|While|And|But|So|Yet|Then|Also|After|Before|If)");

  /** The parties {@link #OTHER_PARTY} finds in the narration that no report here names. */
  private static List<Subject> otherParties(String narration, List<SpeechReports.Report> here) {
    List<Subject> at = new ArrayList<>();
    Matcher m = OTHER_PARTY.matcher(narration);
    while (m.find()) {
      int g = m.group(1) != null ? 1 : 2;
      String name = SpeechReports.LEADING.matcher(m.group(g)).replaceFirst("");
      int start = m.start(g);
      boolean reported = here.stream().anyMatch(r -> r.start() <= start && start < r.end());
      if (!name.isEmpty() && !reported && !NOT_A_SUBJECT.matcher(name.split("\\s+")[0]).matches()) {
        at.add(new Subject(start, name));
      }
    }
    return at;
  }

  /** The pattern of each title asked: "prime minister" followed by a name. */
  private static final java.util.Map<String, Pattern> TITLES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The person a description names by the title the article gave them ({@code the prime minister}
   * after {@code Prime Minister Irakli Kobakhidze}), the latest so titled in {@code before}; empty
   * if none.
   */
  private static String titled(String description, CharSequence before) {
    String[] words = description.strip().split("\\s+");
    if (words.length < 2 || SpeechReports.PRONOUN_WORD.matcher(description.strip()).matches()) {
      return "";
    }
    StringBuilder title = new StringBuilder();
    for (int i = 1; i < words.length; i++) {
      title.append(i == 1 ? "" : "\\s+").append(Pattern.quote(words[i]));
    }
    if (TITLES.size() > 256) {
      TITLES.clear();
    }
    String text = before.toString();
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    // The pattern ignores case, so it is tried at every char: only where the title's first word is.
    int at = lower.indexOf(words[1].toLowerCase(java.util.Locale.ROOT));
    if (at < 0 && lower.length() == text.length()) {
      return "";
    }
    Matcher m =
        TITLES
            .computeIfAbsent(
                title.toString(),
                t ->
                    Pattern.compile(
                        "(?<![\\p{L}])(?iu:" + t + ")\\s+(" + SpeechReports.PROPER + ")"))
            .matcher(text);
    if (at > 0 && lower.length() == text.length()) {
      m.useTransparentBounds(true).region(at, text.length());
    }
    String found = "";
    while (m.find()) {
      found = SpeechReports.LEADING.matcher(m.group(1)).replaceFirst("");
    }
    return found;
  }

  /** Adds {@code name} unless it is the last speaker's ({@code Hajili} of {@code Arif Hajili}). */
  private static void another(List<String> since, String name, String last) {
    if (!ContentWords.hasPhrase(last, name)
        && since.stream().noneMatch(n -> ContentWords.hasPhrase(n, name))) {
      since.add(name);
    }
  }

  private record Subject(int start, String name) {}
}
