package brief.core;

import java.util.ArrayList;
import java.util.List;

/** The verbs of reported speech ({@code said}, {@code told}, {@code pointed out}), English. */
final class SpeechVerbs {
  private SpeechVerbs() {}

  /** The verbs, one home for the fidelity check's list (the drafter reads its lexicon's). */
  static final List<String> WORDS =
      List.of(
          "said",
          "says",
          "say",
          "told",
          "tells",
          "added",
          "adds",
          "stated",
          "states",
          "declared",
          "declares",
          "noted",
          "notes",
          "argued",
          "wrote",
          "writes",
          "warned",
          "warns",
          "insisted",
          "insists",
          "promised",
          "pledged",
          "vowed",
          "called",
          "described",
          "urged",
          "asked",
          "replied",
          "explained",
          "recalled",
          "reminded",
          "pointed out",
          "points out",
          "highlighted",
          "emphasised",
          "emphasized",
          "emphasises",
          "emphasizes",
          "stressed",
          "stresses",
          "praised",
          "remarked",
          "acknowledged",
          "admitted",
          "claimed",
          "announced",
          "observed",
          "suggested",
          "predicted",
          "put it",
          "stating",
          "saying",
          "adding",
          "telling",
          "noting",
          "answered",
          "responded",
          "conceded",
          "underlined",
          "underscored",
          "affirmed",
          "assured",
          "confirmed",
          "articulated",
          "expressed");

  /**
   * {@link #WORDS} as one pattern, grouped by first letter: tried at every word of an article, a
   * flat alternation of 65 words is most of the time the fidelity check takes.
   */
  static final String PATTERN = byFirstLetter(WORDS);

  private static String byFirstLetter(List<String> words) {
    java.util.Map<Character, List<String>> groups = new java.util.LinkedHashMap<>();
    for (String w : words) {
      groups.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w.substring(1));
    }
    StringBuilder b = new StringBuilder("(?:");
    groups.forEach(
        (first, rests) -> {
          if (b.length() > 3) {
            b.append('|');
          }
          b.append(first).append("(?:").append(String.join("|", rests)).append(')');
        });
    return b.append(')').toString();
  }
}
