package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One rule for every lookup (the newest, --all, or the BRIEFINGs named), the library's merged
 * timeline, and the filters by date, tag, region and classification.
 */
class WholeLibraryTest {
  private static final String LIBRARY = "src/test/resources/library";

  private static Cli.Result in(String... args) {
    return new Cli().env("BRIEF_LIBRARY", LIBRARY).run(args);
  }

  /** The briefing ids of a TSV output's rows, in order (the first column). */
  private static List<String> column(String tsv, int n) {
    List<String> values = new ArrayList<>();
    List<String> lines = tsv.lines().toList();
    for (String line : lines.subList(1, lines.size())) {
      values.add(line.split("\t", -1)[n]);
    }
    return values;
  }

  @Test
  void theTimelineMergesEveryBriefingInDateOrder() {
    Cli.Result r = in("timeline", "--format", "tsv");
    assertEquals(0, r.code(), r.err());
    assertEquals("briefing\tdate\tevent\tthemes\tsource\tref", r.out().lines().findFirst().get());
    List<String> dates = column(r.out(), 1);
    List<String> sorted = new ArrayList<>(dates);
    sorted.sort(null);
    assertEquals(sorted, dates);
    assertEquals(
        List.of(
            "arctic-council-2024",
            "mekong-data-2023",
            "caspian-ferry-2024",
            "caspian-ferry-2024",
            "arctic-council-2024",
            "caspian-ferry-2024"),
        column(r.out(), 0));
    assertEquals("2022-03", dates.get(0));
  }

  @Test
  void theTimelineAsTextIsOneRowAnEntryWithItsBriefing() {
    Cli.Result r = in("timeline");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(6, lines.size(), r.out());
    assertTrue(lines.get(0).startsWith("2022-03     arctic-council-2024  "), lines.get(0));
    assertTrue(lines.get(5).startsWith("2025        caspian-ferry-2024   "), lines.get(5));
  }

  @Test
  void sinceAndUntilKeepTheTimelinesEntriesWithinThePeriod() {
    Cli.Result r = in("timeline", "--since", "2024-03", "--until", "2024-05", "--format", "tsv");
    assertEquals(List.of("2024-03-11", "2024-05-20"), column(r.out(), 1));
    // A year-only entry is within a period of that year.
    assertEquals(
        List.of("2025"), column(in("timeline", "--since", "2025-06", "--format", "tsv").out(), 1));
  }

  @Test
  void tagRegionAndClassificationKeepTheirBriefings() {
    assertEquals(
        List.of("caspian-ferry-2024", "caspian-ferry-2024", "caspian-ferry-2024"),
        column(in("timeline", "--tag", "TRANSPORT", "--format", "tsv").out(), 0));
    assertEquals(
        List.of("mekong-data-2023"),
        column(in("timeline", "--region", "mainland southeast asia", "--format", "tsv").out(), 0));
    assertEquals(
        List.of("arctic-council-2024", "arctic-council-2024"),
        column(in("timeline", "--classification", "restricted", "--format", "tsv").out(), 0));
  }

  @Test
  void everyLibraryLookupTakesTheFilters() {
    assertEquals(
        List.of("caspian-ferry-2024"),
        column(in("list", "--tag", "ələt", "--format", "tsv").out(), 0));
    assertEquals(
        List.of("mekong-data-2023"),
        column(in("list", "--until", "2023", "--format", "tsv").out(), 0));
    assertEquals(
        List.of("arctic-council-2024", "caspian-ferry-2024"),
        column(in("list", "--since", "2024-01-01", "--format", "tsv").out(), 0));
    assertTrue(in("search", "Aktau", "--region", "Arctic").code() == 1);
    assertEquals(0, in("search", "Aktau", "--region", "Caspian").code());
    // The newest of those the filters keep.
    assertTrue(
        in("summary", "--region", "caspian").out().contains("Ələt–Aktau ferry link"),
        "summary of the newest Caspian briefing");
    assertEquals(
        column(in("stakeholders", "caspian-ferry-2024", "--format", "tsv").out(), 1),
        column(in("stakeholders", "--tag", "trade", "--format", "tsv").out(), 1));
    assertEquals(
        column(in("quotes", "caspian-ferry-2024", "--format", "tsv").out(), 1),
        column(
            in("quotes", "--all", "--classification", "unclassified", "--format", "tsv").out(), 1));
  }

  @Test
  void aFilterThatKeepsNothingExitsOne() {
    Cli.Result r = in("summary", "--since", "2030");
    assertEquals(1, r.code());
    assertEquals("brief: no briefing of the library matches --since 2030\n", r.err());
    assertEquals(1, in("timeline", "--tag", "nothing-like-it").code());
  }

  @Test
  void aDateNotOfTheFormatIsAUsageError() {
    Cli.Result r = in("list", "--since", "last week");
    assertEquals(2, r.code());
    assertEquals(
        "brief: --since takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not 'last week'\n", r.err());
  }

  @Test
  void everyLookupCoversTheNewestByDefaultAndTheLibraryWithAll() {
    for (String lookup : new String[] {"summary", "quotes", "stakeholders", "themes"}) {
      String newest = in(lookup).out();
      assertEquals(in(lookup, "arctic-council-2024").out(), newest, lookup);
      String all = in(lookup, "--all").out();
      assertEquals(
          in(lookup, "arctic-council-2024", "caspian-ferry-2024", "mekong-data-2023").out(),
          all,
          lookup);
      assertTrue(
          in(lookup, "--help").out().contains(SelectionOptions.RULE.substring(0, 40)), lookup);
    }
  }
}
