package brief.core;

import java.util.ArrayList;
import java.util.List;

/**
 * One statement of a briefing, the unit in which revisions are compared and read: the title, the
 * bottom line, a section's summary, a point, a quote, a stakeholder's position or a timeline entry.
 * {@code key} names it within its briefing (the writer's id where there is one, else where it
 * stands); {@code scope} is what it belongs to (a point's section, a quote's speaker); {@code id}
 * is the writer's id, empty when there is none; {@code where} is its place in words.
 */
public record Statement(Kind kind, String key, String scope, String id, String where, String text) {

  /** The kinds, in the order a briefing shows them. */
  public enum Kind {
    TITLE("title"),
    SUMMARY("bottom line"),
    SECTION_SUMMARY("section summary"),
    POINT("point"),
    QUOTE("quote"),
    POSITION("position"),
    EVENT("timeline entry");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** The kind in words, for people ("timeline entry"). */
    public String label() {
      return label;
    }

    /** The kind as one lower-case word, for scripts ("timeline-entry"). */
    public String word() {
      return label.replace(' ', '-');
    }
  }

  /** The statements of a briefing, in the order it shows them; empty texts are left out. */
  public static List<Statement> of(Briefing b) {
    List<Statement> out = new ArrayList<>();
    add(out, Kind.TITLE, "title", "", "", "title", b.title());
    add(out, Kind.SUMMARY, "summary", "", "", "bottom line", b.summary());
    for (Section s : b.sections()) {
      add(out, Kind.SECTION_SUMMARY, s.id(), s.id(), s.id(), s.title(), s.summary());
      int n = 0;
      for (Point p : s.points()) {
        n++;
        String key = p.id().isEmpty() ? s.id() + "#" + n : p.id();
        add(out, Kind.POINT, key, s.id(), p.id(), s.title(), p.text());
      }
    }
    int n = 0;
    for (Quote q : b.quotes()) {
      n++;
      String key = q.id().isEmpty() ? "quote#" + n : q.id();
      add(out, Kind.QUOTE, key, q.speaker(), q.id(), b.speakerName(q.speaker()), q.text());
    }
    for (Stakeholder s : b.stakeholders()) {
      add(out, Kind.POSITION, s.id(), s.id(), s.id(), s.name(), s.position());
    }
    n = 0;
    for (TimelineEntry t : b.timeline()) {
      n++;
      add(out, Kind.EVENT, "timeline#" + n, "", "", t.date(), t.date() + " " + t.event());
    }
    return out;
  }

  private static void add(
      List<Statement> out,
      Kind kind,
      String key,
      String scope,
      String id,
      String where,
      String text) {
    if (!text.isBlank()) {
      out.add(new Statement(kind, key, scope, id, where, text.strip()));
    }
  }

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  /**
   * A cheap fingerprint of what a reader reads in {@code b} (64-bit FNV-1a over its statements'
   * kinds, ids, scopes and texts): equal for equal statements, and almost surely different when one
   * changed. Not a defence against anyone: it only tells "changed since read" from "as read".
   */
  public static long fingerprint(Briefing b) {
    long h = FNV_OFFSET;
    for (Statement s : of(b)) {
      h = mix(h, s.kind().ordinal());
      h = mix(h, s.id());
      h = mix(h, s.scope());
      h = mix(h, s.text());
    }
    return h;
  }

  private static long mix(long h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h = mix(h, s.charAt(i));
    }
    return mix(h, 0);
  }

  private static long mix(long h, int c) {
    h ^= c & 0xff;
    h *= FNV_PRIME;
    h ^= (c >>> 8) & 0xff;
    return h * FNV_PRIME;
  }
}
