package brief.draft;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Articles made of random pieces of quotation marks, names, titles, speech verbs, punctuation,
 * blank lines and tags: every one either drafts to a briefing that passes strict validation but for
 * unknown speakers, or is refused with a message; nothing throws.
 */
class DraftFuzzTest {
  private static final String[] PIECES = {
    "\"",
    "“",
    "”",
    "«",
    "»",
    "„",
    " ",
    " ",
    " ",
    ", ",
    ". ",
    ": ",
    "\n",
    "\n\n",
    "\n\n",
    "said",
    " he said",
    "she",
    " told reporters",
    "according to ",
    "President Ilham Aliyev",
    "Aliyev",
    "the President",
    "the minister",
    "Foreign Minister Jeyhun Bayramov",
    "Jane Smith",
    "In Smith's words, ",
    "so-called ",
    "We will win",
    "a step backwards",
    "the plan",
    "U.S.",
    "Mr.",
    "…",
    "—",
    "'",
    "’s",
    "<p>",
    "</p>",
    "<b>",
    "date 2025-07-20 20:50 (UTC+04:00)",
    "By Jane Doe",
    "Azerbaijan",
    "energy",
    "peace",
    "\t",
    "é",
    "Ş",
    "\u202e",
    "\u001b",
    "0",
    "Talks",
    "The",
    "#",
    ": #",
    "- ",
    "? ",
    "! ",
    "[",
    "{",
    "&a",
    "*a",
    "|",
    ">"
  };

  @Test
  void randomArticlesDraftToValidBriefingsOrAreRefusedWithAMessage() {
    Random random = new Random(16);
    int cases = Integer.getInteger("brief.fuzz.cases", 10_000) / 5;
    for (int n = 0; n < cases; n++) {
      StringBuilder b = new StringBuilder();
      int pieces = 1 + random.nextInt(60);
      for (int i = 0; i < pieces; i++) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String article = b.toString();
      Draft draft;
      try {
        draft =
            Drafter.draft(
                article.getBytes(StandardCharsets.UTF_8),
                n % 7 == 0 ? "a.html" : "a.txt",
                "",
                true);
      } catch (DraftException e) {
        assertTrue(!e.getMessage().isBlank() && !e.getMessage().contains("\n"), article);
        continue;
      } catch (RuntimeException e) {
        throw new AssertionError("case " + n + " threw on: " + article.replace("\n", "\\n"), e);
      }
      List<String> warnings;
      try {
        warnings = DraftedArticles.strictWarnings(draft);
      } catch (AssertionError e) {
        throw new AssertionError(
            "case " + n + ": " + article.replace("\n", "\\n") + "\n" + e.getMessage(), e);
      }
      for (String w : warnings) {
        assertTrue(
            // A random article's own marks may not balance: a warning about the source, not the
            // draft.
            w.contains("Unknown speaker")
                || w.contains("check the attribution")
                || w.contains("quotation marks of the source text do not balance"),
            "case " + n + ": " + article.replace("\n", "\\n") + "\n" + w + "\n" + draft.yaml());
      }
    }
  }
}
