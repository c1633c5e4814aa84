package brief.load;

import brief.core.Basis;
import brief.core.Briefing;
import brief.core.Point;
import brief.core.Priority;
import brief.core.Quote;
import brief.core.Section;
import brief.core.Source;
import brief.core.Stakeholder;
import brief.core.StakeholderKind;
import brief.core.Theme;
import brief.core.TimelineEntry;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Briefings as compact binary, for the library cache: every field, in record order. */
final class BriefingCodec {
  private BriefingCodec() {}

  /** Bumped whenever the layout below or the meaning of a loaded field changes. */
  static final int VERSION = 5;

  // values() copies its array on every call, once per point of a 2,000-briefing library.
  private static final Priority[] PRIORITIES = Priority.values();
  private static final StakeholderKind[] KINDS = StakeholderKind.values();
  private static final Basis[] BASES = Basis.values();

  interface Writer<T> {
    void write(DataOutputStream out, T value) throws IOException;
  }

  static void write(DataOutputStream out, Briefing b) throws IOException {
    text(out, b.id());
    text(out, b.title());
    text(out, b.summary());
    text(out, b.date());
    text(out, b.classification());
    text(out, b.region());
    texts(out, b.tags());
    Source s = b.source();
    for (String f :
        List.of(
            s.author(), s.outlet(), s.title(), s.url(), s.kind(), s.published(), s.textPath())) {
      text(out, f);
    }
    texts(out, s.paragraphs());
    list(
        out,
        b.themes(),
        (o, t) -> {
          text(o, t.id());
          text(o, t.label());
          text(o, t.description());
        });
    list(
        out,
        b.sections(),
        (o, sec) -> {
          text(o, sec.id());
          text(o, sec.title());
          text(o, sec.summary());
          list(
              o,
              sec.points(),
              (o2, p) -> {
                text(o2, p.text());
                texts(o2, p.themes());
                o2.writeByte(p.priority().ordinal());
                numbers(o2, p.paragraphs());
                o2.writeByte(p.basis().ordinal());
                text(o2, p.speaker());
                text(o2, p.ref());
                text(o2, p.id());
              });
        });
    list(
        out,
        b.quotes(),
        (o, q) -> {
          text(o, q.id());
          text(o, q.text());
          text(o, q.speaker());
          text(o, q.context());
          texts(o, q.themes());
          numbers(o, q.paragraphs());
          o.writeBoolean(q.key());
        });
    list(
        out,
        b.stakeholders(),
        (o, st) -> {
          text(o, st.id());
          text(o, st.name());
          o.writeByte(st.kind().ordinal());
          text(o, st.role());
          text(o, st.affiliation());
          text(o, st.position());
          texts(o, st.interests());
          texts(o, st.themes());
          texts(o, st.aliases());
        });
    list(
        out,
        b.timeline(),
        (o, t) -> {
          text(o, t.date());
          text(o, t.event());
          texts(o, t.themes());
          numbers(o, t.paragraphs());
          text(o, t.ref());
        });
  }

  // Reading is on every lookup's start-up: loops, not the lambdas that writing takes, since each
  // lambda is linked through method handles on first use (~0.15 ms each, docs/performance.md).
  static Briefing read(CacheInput in) throws IOException {
    String id = text(in);
    String title = text(in);
    String summary = text(in);
    String date = text(in);
    String classification = text(in);
    String region = text(in);
    List<String> tags = texts(in);
    Source source =
        new Source(text(in), text(in), text(in), text(in), text(in), text(in), text(in), texts(in));
    List<Theme> themes = new ArrayList<>();
    for (int n = count(in); n > 0; n--) {
      themes.add(new Theme(text(in), text(in), text(in)));
    }
    List<Section> sections = new ArrayList<>();
    for (int n = count(in); n > 0; n--) {
      String sectionId = text(in);
      String sectionTitle = text(in);
      String sectionSummary = text(in);
      List<Point> points = new ArrayList<>();
      for (int m = count(in); m > 0; m--) {
        points.add(
            new Point(
                text(in),
                texts(in),
                enumValue(PRIORITIES, in.readByte()),
                numbers(in),
                enumValue(BASES, in.readByte()),
                text(in),
                text(in),
                text(in)));
      }
      sections.add(new Section(sectionId, sectionTitle, sectionSummary, points));
    }
    List<Quote> quotes = new ArrayList<>();
    for (int n = count(in); n > 0; n--) {
      quotes.add(
          new Quote(
              text(in), text(in), text(in), text(in), texts(in), numbers(in), in.readBoolean()));
    }
    List<Stakeholder> stakeholders = new ArrayList<>();
    for (int n = count(in); n > 0; n--) {
      stakeholders.add(
          new Stakeholder(
              text(in),
              text(in),
              enumValue(KINDS, in.readByte()),
              text(in),
              text(in),
              text(in),
              texts(in),
              texts(in),
              texts(in)));
    }
    List<TimelineEntry> timeline = new ArrayList<>();
    for (int n = count(in); n > 0; n--) {
      timeline.add(new TimelineEntry(text(in), text(in), texts(in), numbers(in), text(in)));
    }
    return new Briefing(
        id,
        title,
        summary,
        date,
        classification,
        region,
        tags,
        source,
        themes,
        sections,
        quotes,
        stakeholders,
        timeline);
  }

  private static <E> E enumValue(E[] values, byte ordinal) throws IOException {
    if (ordinal < 0 || ordinal >= values.length) {
      throw new IOException("corrupt cache: no value " + ordinal);
    }
    return values[ordinal];
  }

  static void text(DataOutputStream out, String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  static String text(CacheInput in) throws IOException {
    return in.readText();
  }

  private static void texts(DataOutputStream out, List<String> values) throws IOException {
    list(out, values, BriefingCodec::text);
  }

  private static List<String> texts(CacheInput in) throws IOException {
    int n = count(in);
    List<String> texts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      texts.add(in.readText());
    }
    return texts;
  }

  private static void numbers(DataOutputStream out, List<Integer> values) throws IOException {
    list(out, values, DataOutputStream::writeInt);
  }

  private static List<Integer> numbers(CacheInput in) throws IOException {
    int n = count(in);
    List<Integer> numbers = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      numbers.add(in.readInt());
    }
    return numbers;
  }

  private static <T> void list(DataOutputStream out, List<T> values, Writer<T> writer)
      throws IOException {
    out.writeInt(values.size());
    for (T v : values) {
      writer.write(out, v);
    }
  }

  /** The length of a list, read and checked (a changed byte could ask for gigabytes). */
  private static int count(CacheInput in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > 1_000_000) {
      throw new IOException("corrupt cache: a list of " + n + " items");
    }
    return n;
  }
}
