package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tamper corpus: the frozen bundled briefing, changed in one place the way a hurried or
 * careless analyst might, must be caught by the fidelity check with a message that says what is
 * wrong, where, and what the source says there; strict and non-strict outcomes alike.
 */
class FidelityTamperTest {
  private static final Path FROZEN = Path.of("src/test/resources/frozen");
  private static final String FILE = "us-azerbaijan-partnership-2025.yaml";

  /** The frozen briefing's timeline lacks sources; the baseline gives each entry one. */
  private static final String CLEAN_TIMELINE =
      """
      timeline:
        - date: 2025-07-19
          event: III Shusha Global Media Forum; President Aliyev addresses participants on ties with Washington.
          ref: Azernews, 20 July 2025 (the article itself says only "recently")
        - date: 2025-07-20
          event: Qabil Ashirov's opinion piece on the partnership is published.
          source: 1
      """;

  /**
   * One change to the baseline: replace {@code from} (which must occur exactly once) with {@code
   * to}; then validate must exit {@code plain} without --strict and {@code strict} with it,
   * printing a line that holds {@code message} at the line of {@code at} (a text of the changed
   * file that must occur once, or null for a problem with no line).
   */
  record Tamper(
      String name, String from, String to, int plain, int strict, String at, String message) {}

  static final List<Tamper> CORPUS =
      List.of(
          new Tamper(
              "narration given as a quote",
              "text: We stood with the United States in Iraq and in Afghanistan when they needed us. Our military servicemen served shoulder to shoulder with them.",
              "text: This cooperation reflects Azerbaijan’s commitment to global security and peacekeeping",
              1,
              1,
              "This cooperation reflects",
              "stand outside quotation marks in ¶6: they are the author's, not a quotation"),
          new Tamper(
              "a fragment that starts mid-word",
              "text: We have received very positive messages from Washington — and",
              "text: eceived very positive messages from Washington — and",
              1,
              1,
              "eceived very positive",
              "starts in the middle of a word in ¶4"),
          new Tamper(
              "a fragment that ends mid-word",
              "text: we will have more good news in the future",
              "text: we will have more good news in the fut",
              1,
              1,
              "in the fut",
              "ends in the middle of a word in ¶8"),
          new Tamper(
              "a fragment across a paragraph break",
              "text: I think this will be absolutely natural, because a lot of things unite us.",
              "text: long cast shadows over development and cooperation. Energy security has been",
              1,
              1,
              "long cast shadows",
              "runs across the paragraph break between ¶4 and ¶5"),
          new Tamper(
              "a quote pointed at the wrong paragraph",
              "    source: 4\n    key: true",
              "    source: 5\n    key: true",
              1,
              1,
              "We have received very positive",
              "is in ¶4, not in the cited ¶5"),
          new Tamper(
              "a quote moved to another declared stakeholder",
              "    speaker: ilham-aliyev\n    context: Address to participants",
              "    speaker: donald-trump\n    context: Address to participants",
              1,
              1,
              "We have received very positive",
              "the article attributes this to Ilham Aliyev (¶4: \"President Aliyev said\"), not to Donald Trump"),
          new Tamper(
              "an invented date",
              "date: 2025-07-19",
              "date: 2025-07-18\n    source: 3",
              1,
              1,
              "2025-07-18",
              "the date 2025-07-18 is not written in the cited ¶3"),
          new Tamper(
              "a briefing without source text",
              "  text: sources/us-azerbaijan-partnership-2025.txt\n",
              "",
              0,
              1,
              null,
              "no source text (source.text): fidelity not checked"),
          new Tamper(
              "a quote running past the closing mark into narration",
              "text: We have received very positive messages from Washington — and messages from Azerbaijan have also been very positive\n",
              "text: messages from Azerbaijan have also been very positive, President Aliyev said\n",
              1,
              1,
              "President Aliyev said",
              "runs past the quotation marks in ¶4 into the author's words"),
          new Tamper(
              "an ellipsis out of order",
              "text: We stood with the United States in Iraq and in Afghanistan when they needed us. Our military servicemen served shoulder to shoulder with them.",
              "text: Our military servicemen served shoulder to shoulder … We stood with the United States",
              1,
              1,
              "Our military servicemen",
              "the parts around '…' do not stand in this order within one quotation"),
          new Tamper(
              "an ellipsis joining two quotations",
              "text: we will have more good news in the future",
              "text: very positive messages from Washington … we will have more good news",
              1,
              1,
              "very positive messages from Washington …",
              "do not stand in this order within one quotation"),
          new Tamper(
              "a date cited from the wrong paragraph",
              "    event: Qabil Ashirov's opinion piece on the partnership is published.\n    source: 1",
              "    event: Qabil Ashirov's opinion piece on the partnership is published.\n    source: 3",
              1,
              1,
              "- date: 2025-07-20",
              "the date 2025-07-20 is not written in the cited ¶3"),
          new Tamper(
              "a reworded quote",
              "text: We have received very positive messages from Washington — and",
              "text: We have received very good messages from Washington — and",
              1,
              1,
              "very good messages",
              "the quote is not in the source text; the source at ¶4: \"…We have received very positive messages from Washington"),
          new Tamper(
              "a point with no source",
              "          Infrastructure projects are framed as linking not only the two countries but the\n"
                  + "          whole region to global trade networks.\n        themes: [connectivity]\n        source: 5",
              "          Infrastructure projects are framed as linking not only the two countries but the\n"
                  + "          whole region to global trade networks.\n        themes: [connectivity]",
              0,
              1,
              "- text: >-\n          Infrastructure projects",
              "the point cites no source paragraph"),
          new Tamper(
              "a timeline entry with neither source nor ref",
              "    ref: Azernews, 20 July 2025 (the article itself says only \"recently\")\n",
              "",
              0,
              1,
              "date: 2025-07-19",
              "the timeline entry 2025-07-19 has neither 'source' nor 'ref'"),
          new Tamper(
              "a paraphrase without its speaker",
              "          Aliyev recalled that Azerbaijani servicemen served alongside U.S. forces in Iraq and\n"
                  + "          Afghanistan.\n        themes: [security-cooperation]",
              "          Aliyev recalled that Azerbaijani servicemen served alongside U.S. forces in Iraq and\n"
                  + "          Afghanistan.\n        basis: speaker\n        themes: [security-cooperation]",
              1,
              1,
              "basis: speaker",
              "a point with basis 'speaker' names whose words it paraphrases"),
          new Tamper(
              "a paragraph that does not exist",
              "    source: 11\n\nstakeholders",
              "    source: 40\n\nstakeholders",
              1,
              1,
              "source: 40",
              "paragraph 40 does not exist (the source text has 11)"),
          new Tamper(
              "an ellipsis in order, within one quotation, is accepted",
              "text: We stood with the United States in Iraq and in Afghanistan when they needed us. Our military servicemen served shoulder to shoulder with them.",
              "text: We stood with the United States … when they needed us",
              0,
              0,
              null,
              "1 file valid; fidelity check passed"));

  @TestFactory
  Stream<DynamicTest> everyTamperingIsCaughtWithItsMessageAndExitStatus(@TempDir Path dir) {
    return CORPUS.stream().map(t -> DynamicTest.dynamicTest(t.name(), () -> check(dir, t)));
  }

  @TestFactory
  Stream<DynamicTest> theUntamperedBaselinePassesStrictValidation(@TempDir Path dir) {
    return Stream.of(
        DynamicTest.dynamicTest(
            "baseline",
            () -> {
              Path file = write(dir.resolve("baseline"), baseline());
              Cli.Result r = validate(file, true);
              assertEquals(0, r.code(), r.out());
            }));
  }

  private static void check(Path dir, Tamper t) throws IOException {
    String base = baseline();
    assertEquals(1, occurrences(base, t.from()), t.name() + ": the text to change must occur once");
    String tampered = base.replace(t.from(), t.to());
    Path file = write(dir.resolve(t.name().replaceAll("[^a-z]+", "-")), tampered);
    String where = t.at() == null ? file.toString() : file + ":" + lineOf(tampered, t.at()) + ":";
    for (boolean strict : List.of(false, true)) {
      Cli.Result r = validate(file, strict);
      String mode = t.name() + (strict ? " (--strict)" : "");
      assertEquals(strict ? t.strict() : t.plain(), r.code(), mode + "\n" + r.out());
      boolean found =
          (r.out() + r.err())
              .lines()
              .anyMatch(
                  line ->
                      line.startsWith(where) && line.contains(t.message())
                          || t.at() == null && line.contains(t.message()));
      assertTrue(
          found,
          mode
              + ": expected a line at "
              + where
              + " with: "
              + t.message()
              + "\n"
              + r.out()
              + r.err());
    }
  }

  static String baseline() throws IOException {
    String frozen = Files.readString(FROZEN.resolve(FILE), StandardCharsets.UTF_8);
    return frozen.substring(0, frozen.indexOf("\ntimeline:") + 1) + CLEAN_TIMELINE;
  }

  private static Path write(Path dir, String yaml) throws IOException {
    Files.createDirectories(dir.resolve("sources"));
    Files.copy(
        FROZEN.resolve("sources/us-azerbaijan-partnership-2025.txt"),
        dir.resolve("sources/us-azerbaijan-partnership-2025.txt"));
    return Files.writeString(dir.resolve(FILE), yaml, StandardCharsets.UTF_8);
  }

  private static int lineOf(String text, String at) {
    assertEquals(1, occurrences(text, at), "'" + at + "' must occur once in the changed file");
    int index = text.indexOf(at);
    return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
  }

  private static int occurrences(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  private static Cli.Result validate(Path file, boolean strict) {
    return strict
        ? Cli.brief("validate", "--strict", file.toString())
        : Cli.brief("validate", file.toString());
  }
}
