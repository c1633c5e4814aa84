package brief.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A theme filter shows less of a briefing but names everyone as the whole briefing does. */
class BriefingViewTest {
  private static Stakeholder stakeholder(String id, String name, String affiliation, String theme) {
    return new Stakeholder(
        id,
        name,
        StakeholderKind.PERSON,
        "",
        affiliation,
        "",
        List.of(),
        List.of(theme),
        List.of("Minister " + name));
  }

  private static final Briefing BRIEFING =
      new Briefing(
          "b",
          "Ferry talks",
          "Two ports agree a timetable.",
          "2024-05-01",
          "",
          "",
          List.of(),
          Source.NONE,
          List.of(),
          List.of(
              new Section(
                  "s",
                  "Ports",
                  "",
                  List.of(
                      new Point(
                          "A new berth opens.",
                          List.of("trade"),
                          Priority.HIGH,
                          List.of(),
                          Basis.SPEAKER,
                          "mira-tal",
                          ""),
                      new Point(
                          "Patrols double.",
                          List.of("security"),
                          Priority.LOW,
                          List.of(),
                          Basis.NONE,
                          "",
                          "")))),
          List.of(
              new Quote("q", "Cargo first.", "mira-tal", "", List.of("trade"), List.of(), true)),
          List.of(
              stakeholder("mira-tal", "Mira Tal", "port-board", "security"),
              stakeholder("port-board", "Port Board", "", "security"),
              stakeholder("ode-lun", "Ode Lun", "port-board", "trade")),
          List.of(new TimelineEntry("2024", "Berth opens", List.of("trade"), List.of(), "")));

  private static final BriefingView TRADE = new ThemeFilter(Set.of("trade")).view(BRIEFING);

  @Test
  void partsAreFilteredButEverySectionStays() {
    assertEquals(1, TRADE.sections().size());
    assertEquals(
        List.of("A new berth opens."),
        TRADE.sections().get(0).points().stream().map(Point::text).toList());
    assertEquals(1, TRADE.pointCount());
    assertEquals(List.of("ode-lun"), TRADE.stakeholders().stream().map(Stakeholder::id).toList());
    assertEquals(1, TRADE.quotes().size());
    assertEquals(1, TRADE.timeline().size());
  }

  @Test
  void aSpeakerTheFilterLeavesOutIsStillNamed() {
    assertEquals("Mira Tal", TRADE.speakerName(TRADE.quotes().get(0).speaker()));
    assertEquals("Port Board", TRADE.speakerName(TRADE.stakeholders().get(0).affiliation()));
  }

  @Test
  void quotesBySpeakerFindTheSpeakerOutsideTheFilter() {
    assertEquals(1, Speakers.quotesBy(TRADE, "Minister Mira Tal").size());
  }

  @Test
  void withoutAThemeTheViewIsTheWholeBriefing() {
    BriefingView all = BriefingView.of(BRIEFING);
    assertEquals(BRIEFING.sections(), all.sections());
    assertEquals(BRIEFING.stakeholders(), all.stakeholders());
    assertEquals(2, all.pointCount());
  }
}
