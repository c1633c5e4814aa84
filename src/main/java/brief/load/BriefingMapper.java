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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

// Over 300 lines: one mapping method per part of the format, in the format's order.
/**
 * Maps a composed YAML tree onto the format, version 1. Cross-references (themes, speakers,
 * affiliations) are remembered with their nodes and checked once everything is declared.
 */
final class BriefingMapper {
  static final String FORMAT = "briefing/1";

  private static final List<String> TOP =
      List.of(
          "format",
          "id",
          "language",
          "title",
          "classification",
          "date",
          "region",
          "tags",
          "source",
          "summary",
          "themes",
          "sections",
          "quotes",
          "stakeholders",
          "timeline");
  private static final List<String> SOURCE =
      List.of("author", "outlet", "title", "url", "kind", "published", "text");
  private static final List<String> THEME = List.of("id", "label", "description");
  private static final List<String> SECTION = List.of("id", "title", "summary", "points");
  private static final List<String> POINT =
      List.of("id", "text", "themes", "priority", "source", "basis", "speaker", "ref");
  private static final List<String> QUOTE =
      List.of("id", "text", "speaker", "context", "themes", "source", "key");
  private static final List<String> STAKEHOLDER =
      List.of(
          "id",
          "name",
          "kind",
          "role",
          "affiliation",
          "position",
          "interests",
          "themes",
          "aliases");
  private static final List<String> EVENT = List.of("date", "event", "themes", "source", "ref");
  private static final Set<String> BASES = Set.of("author", "reported", "speaker", "analyst");
  private static final Set<String> SOURCE_KINDS =
      Set.of("news", "opinion", "analysis", "transcript", "official", "other");
  private static final Set<String> PRIORITIES = Set.of("high", "normal", "low");
  private static final Set<String> STAKEHOLDER_KINDS =
      Set.of("person", "state", "organization", "group");

  private final Problems problems;
  private final List<Reference> themeRefs = new ArrayList<>();
  private final List<Reference> stakeholderRefs = new ArrayList<>();
  private final List<Fields.ParagraphRef> paragraphRefs = new ArrayList<>();
  private final Map<Object, Node> nodes = new IdentityHashMap<>();
  private final Map<Object, Map<String, Node>> fieldNodes = new IdentityHashMap<>();
  private Node sourceTextNode;

  /**
   * Where the mapped briefing's statements stand in the file, for the checks that come after
   * mapping: each quote, point and timeline entry with its node, the paragraph references, and the
   * node of {@code source.text} (null when there is none).
   */
  record Evidence(
      Map<Object, Node> nodes,
      List<Fields.ParagraphRef> paragraphRefs,
      Node sourceText,
      Map<Object, Map<String, Node>> fieldNodes) {

    /** The node of field {@code key} of {@code owner} (a briefing, section, quote, …), or null. */
    Node field(Object owner, String key) {
      Map<String, Node> fields = fieldNodes.get(owner);
      return fields == null ? null : fields.get(key);
    }
  }

  /** A briefing as mapped (null when the file is not one), with its evidence. */
  record Mapped(Briefing briefing, Evidence evidence) {}

  private record Reference(String id, Node node, String role) {}

  private BriefingMapper(Problems problems) {
    this.problems = problems;
  }

  /** Maps a tree once; a mapper is not used again. */
  static Mapped map(Node root, Problems problems) {
    BriefingMapper mapper = new BriefingMapper(problems);
    Briefing briefing = mapper.briefing(root);
    return new Mapped(
        briefing,
        new Evidence(
            mapper.nodes,
            List.copyOf(mapper.paragraphRefs),
            mapper.sourceTextNode,
            mapper.fieldNodes));
  }

  private Briefing briefing(Node root) {
    Fields top = Fields.of(problems, root, "a briefing", TOP);
    if (top == null) {
      return null;
    }
    String format = top.text("format");
    if (!format.isEmpty() && !format.equals(FORMAT)) {
      problems.at(
          top.get("format"),
          "unsupported format '" + format + "' (this version of brief reads '" + FORMAT + "')");
    }
    String id = top.id("id", true);
    language(top);
    String title = oneLine(top, "title", top.text("title"));
    String summary = top.text("summary");
    String date = date(top, "date");
    List<Theme> themes = unique(top.nonEmptyItems("themes"), "theme", this::theme, Theme::id);
    List<Section> sections =
        unique(top.nonEmptyItems("sections"), "section", this::section, Section::id);
    List<Quote> quotes =
        top.items("quotes").stream().map(this::quote).filter(q -> q != null).toList();
    List<Stakeholder> stakeholders =
        unique(top.items("stakeholders"), "stakeholder", this::stakeholder, Stakeholder::id);
    List<TimelineEntry> timeline =
        top.items("timeline").stream().map(this::event).filter(e -> e != null).toList();
    Source source = top.has("source") ? source(top.get("source")) : Source.NONE;

    checkPointIds(sections);
    checkReferences(themeRefs, themes.stream().map(Theme::id).toList(), "declared");
    checkReferences(
        stakeholderRefs,
        stakeholders.stream().map(Stakeholder::id).toList(),
        "declared stakeholders");
    Briefing briefing =
        new Briefing(
            id,
            title,
            summary,
            date,
            top.optionalText("classification"),
            top.optionalText("region"),
            top.texts("tags"),
            source,
            themes,
            sections,
            quotes,
            stakeholders,
            timeline);
    remember(briefing, top, "summary");
    return briefing;
  }

  private static final java.util.regex.Pattern BCP47 =
      java.util.regex.Pattern.compile("[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*");

  /** The source's language, a BCP 47 tag: checked for its shape, for the writers that read it. */
  private void language(Fields top) {
    String language = top.optionalText("language");
    if (!language.isEmpty() && !BCP47.matcher(language).matches()) {
      problems.at(
          top.get("language"),
          "'language' must be a BCP 47 language tag (en, ru, az-Latn), found '" + language + "'");
    }
  }

  /** Keeps the nodes of {@code keys} of {@code owner}, for the checks that name their line. */
  private void remember(Object owner, Fields f, String... keys) {
    Map<String, Node> fields = fieldNodes.computeIfAbsent(owner, o -> new java.util.HashMap<>());
    for (String key : keys) {
      if (f.has(key)) {
        fields.put(key, f.get(key));
      }
    }
  }

  private Source source(Node node) {
    Fields f = Fields.of(problems, node, "source", SOURCE);
    if (f == null) {
      return Source.NONE;
    }
    String kind = f.word("kind", SOURCE_KINDS, "");
    String published = f.optionalText("published");
    if (!published.isEmpty() && !isDate(published) && !isDateTime(published)) {
      problems.at(
          f.get("published"),
          "'published' must be an ISO 8601 date (2025-07-20) or date-time with offset (2025-07-20T20:50:00+04:00), found '"
              + published
              + "'");
    }
    sourceTextNode = f.get("text");
    return new Source(
        f.optionalText("author"),
        f.optionalText("outlet"),
        f.optionalText("title"),
        f.optionalText("url"),
        kind,
        published,
        f.optionalText("text"),
        List.of());
  }

  private Theme theme(Node node) {
    Fields f = Fields.of(problems, node, "a theme", THEME);
    if (f == null) {
      return null;
    }
    return new Theme(f.id("id", true), f.text("label"), f.optionalText("description"));
  }

  private Section section(Node node) {
    Fields f = Fields.of(problems, node, "a section", SECTION);
    if (f == null) {
      return null;
    }
    String id = f.id("id", true);
    String title = oneLine(f, "title", f.text("title"));
    String summary = f.optionalText("summary");
    List<Point> points =
        f.nonEmptyItems("points").stream().map(this::point).filter(p -> p != null).toList();
    Section section = new Section(id, title, summary, points);
    remember(section, f, "summary");
    return section;
  }

  private Point point(Node node) {
    Fields f = Fields.of(problems, node, "a point", POINT);
    if (f == null) {
      return null;
    }
    String text = f.text("text");
    List<String> themes = themeIds(f);
    Priority priority =
        Priority.valueOf(f.word("priority", PRIORITIES, "normal").toUpperCase(Locale.ROOT));
    Basis basis = Basis.of(f.word("basis", BASES, ""));
    String speaker = f.id("speaker", false);
    if (basis == Basis.SPEAKER && speaker.isEmpty() && f.has("basis")) {
      problems.at(
          f.get("basis"),
          "a point with basis 'speaker' names whose words it paraphrases: add 'speaker: ID'");
    } else if (!speaker.isEmpty() && basis != Basis.SPEAKER) {
      problems.at(
          f.get("speaker"),
          "'speaker' goes with 'basis: speaker' (a paraphrase of that stakeholder's words)");
    }
    if (!speaker.isEmpty()) {
      stakeholderRefs.add(new Reference(speaker, f.get("speaker"), "speaker"));
    }
    Point point =
        new Point(
            text,
            themes,
            priority,
            paragraphs(f),
            basis,
            speaker,
            f.optionalText("ref"),
            f.id("id", false));
    nodes.put(point, node);
    remember(point, f, "text");
    return point;
  }

  private Quote quote(Node node) {
    Fields f = Fields.of(problems, node, "a quote", QUOTE);
    if (f == null) {
      return null;
    }
    String text = f.text("text");
    String speaker = f.id("speaker", true);
    if (!speaker.isEmpty()) {
      stakeholderRefs.add(new Reference(speaker, f.get("speaker"), "speaker"));
    }
    Quote quote =
        new Quote(
            f.id("id", false),
            text,
            speaker,
            f.optionalText("context"),
            themeIds(f),
            paragraphs(f),
            f.bool("key"));
    nodes.put(quote, f.get("text"));
    remember(quote, f, "context");
    return quote;
  }

  private Stakeholder stakeholder(Node node) {
    Fields f = Fields.of(problems, node, "a stakeholder", STAKEHOLDER);
    if (f == null) {
      return null;
    }
    String affiliation = f.id("affiliation", false);
    if (!affiliation.isEmpty()) {
      stakeholderRefs.add(new Reference(affiliation, f.get("affiliation"), "affiliation"));
    }
    StakeholderKind kind =
        StakeholderKind.valueOf(
            f.word("kind", STAKEHOLDER_KINDS, "person").toUpperCase(Locale.ROOT));
    Stakeholder stakeholder =
        new Stakeholder(
            f.id("id", true),
            f.text("name"),
            kind,
            f.optionalText("role"),
            affiliation,
            f.optionalText("position"),
            f.texts("interests"),
            themeIds(f),
            f.texts("aliases"));
    remember(stakeholder, f, "role", "aliases", "name");
    return stakeholder;
  }

  private TimelineEntry event(Node node) {
    Fields f = Fields.of(problems, node, "a timeline entry", EVENT);
    if (f == null) {
      return null;
    }
    String date = f.text("date");
    boolean shaped = date.matches("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?");
    if (!date.isEmpty()
        && (!shaped
            || date.length() == 10 && !isDate(date)
            || date.length() == 7 && !validMonth(date))) {
      problems.at(
          f.get("date"),
          "timeline 'date' must be YYYY-MM-DD, YYYY-MM or YYYY, found '" + date + "'");
    }
    TimelineEntry entry =
        new TimelineEntry(date, f.text("event"), themeIds(f), paragraphs(f), f.optionalText("ref"));
    nodes.put(entry, f.has("date") ? f.get("date") : node);
    remember(entry, f, "event");
    return entry;
  }

  private List<String> themeIds(Fields f) {
    List<String> ids = new ArrayList<>();
    for (Node item : f.items("themes")) {
      String id = f.scalarText(item, "themes");
      if (!id.isEmpty()) {
        ids.add(id);
        themeRefs.add(new Reference(id, item, "theme"));
      }
    }
    return ids;
  }

  private List<Integer> paragraphs(Fields f) {
    List<Fields.ParagraphRef> refs = f.paragraphs("source");
    paragraphRefs.addAll(refs);
    return refs.stream().map(Fields.ParagraphRef::number).toList();
  }

  private String date(Fields f, String key) {
    String date = f.optionalText(key);
    if (!date.isEmpty() && !isDate(date)) {
      problems.at(
          f.get(key), "'" + key + "' must be an ISO 8601 date (YYYY-MM-DD), found '" + date + "'");
      return "";
    }
    return date;
  }

  private String oneLine(Fields f, String key, String text) {
    if (text.strip().contains("\n")) {
      problems.at(f.get(key), "'" + key + "' must be one line");
    }
    return text.strip();
  }

  /** Maps each item, reporting ids used twice at the second use. */
  private <T> List<T> unique(
      List<Node> nodes,
      String what,
      java.util.function.Function<Node, T> mapper,
      java.util.function.Function<T, String> idOf) {
    List<T> out = new ArrayList<>();
    Map<String, Node> seen = new HashMap<>();
    for (Node node : nodes) {
      T item = mapper.apply(node);
      if (item == null) {
        continue;
      }
      String id = idOf.apply(item);
      Node first = seen.putIfAbsent(id, node);
      if (first != null && !id.isEmpty()) {
        problems.at(
            idNode(node),
            "duplicate "
                + what
                + " id '"
                + id
                + "' (first at line "
                + (first.getStartMark().getLine() + 1)
                + ")");
      }
      out.add(item);
    }
    return out;
  }

  /** Point ids are unique in the file, across sections: a revision matches points by them. */
  private void checkPointIds(List<Section> sections) {
    Map<String, Node> seen = new HashMap<>();
    for (Section section : sections) {
      for (Point point : section.points()) {
        Node node = nodes.get(point);
        if (point.id().isEmpty() || node == null) {
          continue;
        }
        Node first = seen.putIfAbsent(point.id(), node);
        if (first != null) {
          problems.at(
              idNode(node),
              "duplicate point id '"
                  + point.id()
                  + "' (first at line "
                  + (first.getStartMark().getLine() + 1)
                  + ")");
        }
      }
    }
  }

  private static Node idNode(Node node) {
    if (node instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        if (t.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode k
            && k.getValue().equals("id")) {
          return t.getValueNode();
        }
      }
    }
    return node;
  }

  private void checkReferences(List<Reference> refs, List<String> declared, String listName) {
    Set<String> known = new TreeSet<>(declared);
    for (Reference ref : refs) {
      if (!known.contains(ref.id())) {
        problems.at(
            ref.node(),
            "unknown "
                + ref.role()
                + " '"
                + ref.id()
                + "' ("
                + brief.core.Similarity.nearest(ref.id(), known)
                    .map(id -> "did you mean '" + id + "'? ")
                    .orElse("")
                + listName
                + ": "
                + (known.isEmpty() ? "none" : String.join(", ", known))
                + ")");
      }
    }
  }

  private static boolean isDate(String s) {
    try {
      return s.length() == 10 && LocalDate.parse(s) != null;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean validMonth(String s) {
    int month = Integer.parseInt(s.substring(5, 7));
    return month >= 1 && month <= 12;
  }

  private static boolean isDateTime(String s) {
    try {
      return OffsetDateTime.parse(s) != null;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
