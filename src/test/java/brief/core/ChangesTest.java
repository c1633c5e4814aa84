package brief.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangesTest {
  private static Point point(String text) {
    return point("", text);
  }

  private static Point point(String id, String text) {
    return new Point(text, List.of(), Priority.NORMAL, List.of(), Basis.NONE, "", "", id);
  }

  private static Section section(String id, Point... points) {
    return new Section(id, "Section " + id, "", List.of(points));
  }

  private static Briefing briefing(List<Section> sections, List<Quote> quotes, String position) {
    return new Briefing(
        "river-talks",
        "Talks on the river",
        "Both sides agree to share flow data.",
        "2024-03-02",
        "",
        "",
        List.of(),
        Source.NONE,
        List.of(new Theme("water", "Water", "")),
        sections,
        quotes,
        List.of(
            new Stakeholder(
                "minister",
                "Water Minister",
                StakeholderKind.PERSON,
                "",
                "",
                position,
                List.of(),
                List.of(),
                List.of())),
        List.of(
            new TimelineEntry(
                "2024-03-01", "Talks open in the capital.", List.of(), List.of(), "")));
  }

  private static Briefing briefing(Section... sections) {
    return briefing(List.of(sections), List.of(), "Wants monthly data.");
  }

  private static final Section TALKS =
      section(
          "talks",
          point("Delegations met for two days in the capital."),
          point("The ministers signed a memorandum on flow data."),
          point("Observers from the basin commission attended."));

  @Test
  void theSameBriefingHasNoChanges() {
    Changes c = Changes.between(briefing(TALKS), briefing(TALKS));
    assertTrue(c.isEmpty(), c.toString());
    assertEquals(Statement.fingerprint(briefing(TALKS)), Statement.fingerprint(briefing(TALKS)));
  }

  @Test
  void aLightlyEditedPointIsChangedNotRemovedAndAdded() {
    Section edited =
        section(
            "talks",
            point("Delegations met for three days in the capital."),
            TALKS.points().get(1),
            TALKS.points().get(2));
    Changes c = Changes.between(briefing(TALKS), briefing(edited));
    assertEquals(List.of(), c.added());
    assertEquals(List.of(), c.removed());
    assertEquals(1, c.changed().size());
    assertEquals(
        "Delegations met for two days in the capital.", c.changed().get(0).before().text());
    assertEquals(
        "Delegations met for three days in the capital.", c.changed().get(0).after().text());
    assertNotEquals(
        Statement.fingerprint(briefing(TALKS)), Statement.fingerprint(briefing(edited)));
  }

  @Test
  void reorderedPointsAreNotChanges() {
    Section reordered =
        section("talks", TALKS.points().get(2), TALKS.points().get(0), TALKS.points().get(1));
    assertTrue(Changes.between(briefing(TALKS), briefing(reordered)).isEmpty());
  }

  @Test
  void aPointMovedToAnotherSectionIsChangedAndSaysSo() {
    Section rest = section("talks", TALKS.points().get(0), TALKS.points().get(1));
    Section other = section("outcome", TALKS.points().get(2));
    Changes c = Changes.between(briefing(TALKS), briefing(rest, other));
    assertEquals(List.of(), c.added());
    assertEquals(List.of(), c.removed());
    assertEquals(1, c.changed().size());
    assertTrue(c.changed().get(0).moved());
    assertEquals("outcome", c.changed().get(0).after().scope());
  }

  @Test
  void aRewrittenPointIsRemovedAndAddedUnlessItKeepsItsId() {
    Briefing old = briefing(section("talks", point("capacity", "The pipeline carries ten units.")));
    Briefing rewritten =
        briefing(section("talks", point("Throughput doubled after the upgrade last spring.")));
    Changes c = Changes.between(old, rewritten);
    assertEquals(1, c.added().size());
    assertEquals(1, c.removed().size());
    assertEquals(0, c.changed().size());

    Briefing withId =
        briefing(
            section(
                "outcome", point("capacity", "Throughput doubled after the upgrade last spring.")));
    Changes byId = Changes.between(old, withId);
    assertEquals(0, byId.added().size());
    assertEquals(0, byId.removed().size());
    assertEquals(1, byId.changed().size());
  }

  @Test
  void differentIdsAreNeverMatchedHoweverAlike() {
    Briefing old = briefing(section("talks", point("a", "The ministers met twice.")));
    Briefing now = briefing(section("talks", point("b", "The ministers met twice.")));
    Changes c = Changes.between(old, now);
    assertEquals(1, c.added().size());
    assertEquals(1, c.removed().size());
  }

  @Test
  void addedAndWithdrawnPointsQuotesAndPositionsAreListed() {
    Quote quote =
        new Quote("", "We will share the data", "minister", "", List.of(), List.of(), false);
    Briefing old = briefing(List.of(TALKS), List.of(quote), "Wants monthly data.");
    Section edited =
        section(
            "talks",
            TALKS.points().get(0),
            TALKS.points().get(1),
            point("A second round is planned for May."));
    Briefing now = briefing(List.of(edited), List.of(), "Wants weekly data.");
    Changes c = Changes.between(old, now);
    List<String> added = new ArrayList<>();
    c.added().forEach(s -> added.add(s.kind() + " " + s.text()));
    List<String> removed = new ArrayList<>();
    c.removed().forEach(s -> removed.add(s.kind() + " " + s.text()));
    assertEquals(List.of("POINT A second round is planned for May."), added);
    assertEquals(
        List.of(
            "POINT Observers from the basin commission attended.", "QUOTE We will share the data"),
        removed);
    assertEquals(1, c.changed().size());
    assertEquals(Statement.Kind.POSITION, c.changed().get(0).after().kind());
  }

  @Test
  void wordDiffKeepsCommonWordsAndPutsRemovedBeforeAdded() {
    assertEquals(
        List.of(
            new WordDiff.Piece(WordDiff.Op.SAME, "Delegations met for"),
            new WordDiff.Piece(WordDiff.Op.REMOVED, "two"),
            new WordDiff.Piece(WordDiff.Op.ADDED, "three"),
            new WordDiff.Piece(WordDiff.Op.SAME, "days."),
            new WordDiff.Piece(WordDiff.Op.ADDED, "Then they left.")),
        WordDiff.of(
            "Delegations met for two days.", "Delegations met for three days. Then they left."));
  }

  @Test
  void readMarksTellUnreadReadAndChanged() {
    Briefing read = briefing(TALKS);
    Briefing other =
        new Briefing(
            "other",
            "Other",
            "x",
            "2024-01-01",
            "",
            "",
            List.of(),
            Source.NONE,
            List.of(),
            List.of(TALKS),
            List.of(),
            List.of(),
            List.of());
    ReadMarks marks =
        new ReadMarks(
            List.of(read, other),
            java.util.Map.of(
                "river-talks",
                new ReadMarks.Mark(
                    "river-talks", "2026-12-01T08:00:00Z", Statement.fingerprint(read), "")));
    assertEquals(ReadMarks.Status.READ, marks.status(read));
    assertEquals(ReadMarks.Status.UNREAD, marks.status(other));
    assertEquals(1, marks.unread());
    Briefing edited = briefing(section("talks", point("Something else entirely happened.")));
    ReadMarks later =
        new ReadMarks(
            List.of(edited, other),
            java.util.Map.of("river-talks", marks.mark("river-talks").get()));
    assertEquals(ReadMarks.Status.CHANGED, later.status(edited));
  }
}
