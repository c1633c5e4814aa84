package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.core.Briefing;
import brief.load.BriefingLoader;
import brief.load.Limits;
import brief.tui.Glyphs;
import brief.tui.Input;
import brief.tui.ReaderState;
import brief.tui.Size;
import brief.tui.Update;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The reader's {@code /} and {@code brief search} search the same fields ({@code core.Searchable})
 * and count the same hits: on the frozen bundled briefing, for queries that hit every kind of field
 * (bottom line, section summaries, tags, quotes, aliases, timeline, themes), spelling equivalents,
 * and misses.
 */
class SearchAgreementTest {
  private static final String FROZEN = "src/test/resources/frozen";

  private static final List<String> QUERIES =
      List.of(
          "aliyev",
          "Əliyev",
          "President Aliyev",
          "washington",
          "energy",
          "energy security",
          "Shusha",
          "Şuşa",
          "Susa",
          "peace",
          "Armenia",
          "opinion",
          "shusha-global-media-forum",
          "\"South Caucasus\"",
          "2025-07-20",
          "connectivity",
          "Trump",
          "Baku",
          "major powers",
          "zzzz-nothing");

  @Test
  void theReadersSearchCountsWhatBriefSearchCounts() throws Exception {
    Briefing b =
        new BriefingLoader(Limits.DEFAULT, false)
            .load(
                Path.of(FROZEN, "us-azerbaijan-partnership-2025.yaml"),
                "us-azerbaijan-partnership-2025.yaml");
    int withHits = 0;
    for (String query : QUERIES) {
      Cli.Result cli = Cli.brief("search", query, "--count", "--library", FROZEN);
      int expected = cli.code() == 0 ? Integer.parseInt(cli.out().strip()) : 0;
      withHits += expected > 0 ? 1 : 0;
      assertEquals(expected, readerCount(b, query), query);
    }
    assertTrue(withHits >= 18, "the corpus hits: " + withHits);
  }

  /** What the reader says after {@code /query} and Enter: "N matches", or "no match for …". */
  private static int readerCount(Briefing b, String query) {
    ReaderState s = ReaderState.start(List.of(b), new Size(100, 30), Glyphs.UNICODE);
    s = Update.apply(s, new Input.Key('/'));
    for (int i = 0; i < query.length(); ) {
      int cp = query.codePointAt(i);
      s = Update.apply(s, new Input.Key(cp));
      i += Character.charCount(cp);
    }
    s = Update.apply(s, Input.Special.ENTER);
    Matcher m = Pattern.compile("^(\\d+) match(es)?:").matcher(s.message());
    if (m.find()) {
      return Integer.parseInt(m.group(1));
    }
    assertTrue(s.message().startsWith("no match"), s.message());
    return 0;
  }
}
