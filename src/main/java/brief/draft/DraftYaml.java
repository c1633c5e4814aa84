package brief.draft;

import brief.core.Fold;
import brief.script.Latin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes the draft briefing: format v1 YAML that the loader accepts, laid out and commented as a
 * template for the analyst. Each place that needs a human decision carries a {@code # TODO} comment
 * saying what to check.
 */
final class DraftYaml {
  static final String UNKNOWN_ID = "unknown-speaker";
  private static final int MAX_POINT = 400;

  private final StringBuilder b = new StringBuilder(4096);
  private final Annotations found;
  private final Article article;
  private final List<Lexicon.Theme> themes;
  private final Map<Entity, String> ids = new LinkedHashMap<>();
  private final String kind;

  private DraftYaml(Annotations found, List<Lexicon.Theme> themes) {
    this.found = found;
    this.article = found.article;
    this.themes = themes;
    this.kind =
        !article.kind().isEmpty()
            ? article.kind()
            : Opinion.looksLikeOpinion(found.ownSentences) ? "opinion" : "news";
    Set<String> taken = new TreeSet<>(Set.of(UNKNOWN_ID));
    for (Entity e : stakeholders()) {
      String id = e.id().isEmpty() ? "stakeholder" : e.id();
      String unique = id;
      for (int n = 2; !taken.add(unique); n++) {
        unique = id + "-" + n;
      }
      ids.put(e, unique);
    }
  }

  static String write(Annotations found, String id, String articleName, String sourceTextPath) {
    List<Lexicon.Theme> themes = Lexicon.bundled().suggest(found.article.paragraphs());
    return new DraftYaml(found, themes).document(id, articleName, sourceTextPath);
  }

  /** The people who speak or are named with a title, then states and organisations. */
  private List<Entity> stakeholders() {
    List<Entity> out = new ArrayList<>();
    for (Entity p : found.cast.people()) {
      boolean speaks =
          found.quotes.stream().anyMatch(q -> q.speaker().who() == p)
              || found.leads.stream().anyMatch(l -> l.speaker() == p);
      if (speaks || !p.role.isEmpty()) {
        out.add(p);
      }
    }
    for (Entity g : found.cast.groups()) {
      if (found.quotes.stream().anyMatch(q -> q.speaker().who() == g)) {
        out.add(g);
      }
    }
    out.addAll(found.cast.places());
    return out;
  }

  private String document(String id, String articleName, String sourceTextPath) {
    line("# A draft briefing made by `brief draft` from " + Yaml.comment(articleName) + ".");
    line("# Every line is a suggestion: rewrite the points (then delete their x-draft keys),");
    line(
        "# check each quote's speaker, and settle every TODO. Check with: brief validate --strict FILE");
    line("format: briefing/1");
    line("id: " + id);
    line(
        "language: "
            + Phrasebook.get().language(article.paragraphs())
            + "  # guessed from the wording");
    String title = article.title().isEmpty() ? shortened(firstLead(), 90) : article.title();
    line(
        "title: "
            + Yaml.scalar(title)
            + (article.title().isEmpty() ? "  # TODO a title (this is the opening sentence)" : ""));
    String date = article.published().length() >= 10 ? article.published().substring(0, 10) : "";
    if (!date.isEmpty()) {
      line("date: " + date);
    }
    source(sourceTextPath);
    line(
        "# TODO the bottom line up front, in 1-3 sentences of your own (this is the opening sentence).");
    line("summary: " + Yaml.scalar(firstLead()));
    themes();
    sections();
    quotes();
    stakeholdersYaml();
    line(
        "# timeline: TODO dated events, each citing the paragraph that gives its date (source: N)");
    return b.toString();
  }

  private void source(String sourceTextPath) {
    line("source:");
    optional("  author", article.author(), "the byline");
    optional("  outlet", article.outlet(), "");
    optional("  url", article.url(), "");
    optional("  published", article.published(), "with its offset, when the article gives one");
    String guessed =
        article.kind().isEmpty()
            ? "  # guessed from the wording; TODO check (news, opinion, analysis, official…)"
            : "";
    line("  kind: " + kind + guessed);
    if (sourceTextPath.isEmpty()) {
      line(
          "  # text: the article's plain text, saved next to this file (paragraph numbers below count its blank-line blocks)");
    } else {
      line(
          "  text: "
              + Yaml.scalar(sourceTextPath)
              + "  # the article as plain text: paragraph numbers below count its blank-line blocks");
    }
  }

  private void optional(String key, String value, String what) {
    if (value.isEmpty()) {
      line("  # " + key.strip() + ": TODO" + (what.isEmpty() ? "" : " (" + what + ")"));
    } else {
      line(key + ": " + Yaml.scalar(value));
    }
  }

  private void themes() {
    line("# Suggested by the keyword lexicon (themes.txt): keep those that matter, rename freely.");
    line("themes:");
    if (themes.isEmpty()) {
      line(
          "  - id: general  # TODO no theme of the lexicon is mentioned twice: name the article's themes");
      line("    label: General");
    }
    for (Lexicon.Theme t : themes) {
      line("  - id: " + t.id());
      line("    label: " + Yaml.scalar(t.label()));
    }
  }

  private void sections() {
    line("sections:");
    line("  - id: key-points");
    line("    title: Key points");
    line(
        "    # One point per paragraph: its opening sentence, to rewrite. basis says whose claim it is:");
    line(
        "    # author (the writer argues it), reported (the source reports it), speaker (someone's words).");
    line("    points:");
    List<Annotations.Lead> leads =
        found.leads.isEmpty()
            ? List.of(new Annotations.Lead(1, article.paragraphs().get(0), null))
            : found.leads;
    for (Annotations.Lead lead : leads) {
      line("      - text: " + Yaml.scalar(shortened(lead.sentence(), MAX_POINT)));
      if (lead.speaker() != null) {
        line("        basis: speaker");
        line("        speaker: " + ids.get(lead.speaker()));
      } else {
        line(
            "        basis: "
                + (kind.equals("opinion") || kind.equals("analysis") ? "author" : "reported"));
      }
      List<String> mentioned = Lexicon.mentioned(lead.sentence(), themes);
      if (!mentioned.isEmpty()) {
        line("        themes: " + Yaml.flow(mentioned));
      }
      line("        source: " + lead.paragraph());
      line("        x-draft: true");
    }
  }

  private void quotes() {
    if (found.quotes.isEmpty()) {
      line("# quotes: none found in the article");
      return;
    }
    line("# Every direct quotation, verbatim. Mark the ones that matter with key: true.");
    line("quotes:");
    for (Annotations.Found q : found.quotes) {
      Entity who = q.speaker().who();
      line("  - text: " + Yaml.scalar(q.text()));
      if (who == null) {
        line(
            "    speaker: "
                + UNKNOWN_ID
                + "  # TODO who said this? The article does not say near the quote.");
      } else {
        String note = Yaml.comment(q.speaker().evidence());
        line("    speaker: " + ids.get(who) + (note.isEmpty() ? "" : "  # from: " + note));
        if (!namedNear(who, q.paragraph())) {
          line(
              "    # TODO check the attribution: "
                  + Yaml.comment(who.name)
                  + " is not named in this paragraph or the two before it");
        }
      }
      List<String> mentioned = Lexicon.mentioned(q.text(), themes);
      if (!mentioned.isEmpty()) {
        line("    themes: " + Yaml.flow(mentioned));
      }
      line("    source: " + q.paragraph());
    }
  }

  private static boolean namedNear(Entity who, int paragraph) {
    return who.namedIn.contains(paragraph)
        || who.namedIn.contains(paragraph - 1)
        || who.namedIn.contains(paragraph - 2);
  }

  private void stakeholdersYaml() {
    line("# Named in the article; TODO each one's position (what they want).");
    line("stakeholders:");
    for (Map.Entry<Entity, String> e : ids.entrySet()) {
      Entity s = e.getKey();
      line("  - id: " + e.getValue());
      line("    name: " + Yaml.scalar(s.name));
      line(
          "    kind: "
              + switch (s.kind) {
                case PERSON -> "person";
                case STATE -> "state";
                case ORGANIZATION -> "organization";
                case GROUP -> "group";
              });
      if (!s.role.isEmpty()) {
        line("    role: " + Yaml.scalar(s.role));
      }
      String affiliation = affiliationId(s);
      if (!affiliation.isEmpty()) {
        line("    affiliation: " + affiliation);
      }
      List<String> aliases = new ArrayList<>(s.aliases);
      // An alias that another stakeholder's name also gives would make `validate` refuse the draft.
      aliases.removeIf(
          a ->
              ids.keySet().stream()
                  .anyMatch(
                      o ->
                          o != s
                              && o.forms().stream()
                                  .anyMatch(
                                      f -> Fold.fold(f).strip().equals(Fold.fold(a).strip()))));
      if (Latin.needed(s.name) && !aliases.contains(Latin.of(s.name))) {
        aliases.add(Latin.of(s.name)); // Cyrillic kept as written; the Latin spelling to find it by
      }
      if (!aliases.isEmpty()) {
        line("    aliases: " + Yaml.flow(aliases));
      }
    }
    if (found.quotes.stream().anyMatch(q -> q.speaker().who() == null)) {
      line(
          "  - id: "
              + UNKNOWN_ID
              + "  # TODO a quote nobody is named for: find its speaker, then remove this");
      line("    name: Unknown speaker");
      line("    kind: person");
    }
  }

  private String affiliationId(Entity person) {
    if (person.affiliation.isEmpty()) {
      return "";
    }
    return ids.entrySet().stream()
        .filter(
            e -> e.getKey().kind == Entity.Kind.STATE && e.getKey().name.equals(person.affiliation))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse("");
  }

  private String firstLead() {
    return found.leads.isEmpty() ? article.paragraphs().get(0) : found.leads.get(0).sentence();
  }

  private static String shortened(String s, int max) {
    String one = s.replaceAll("\\s+", " ").strip();
    if (one.length() <= max) {
      return one;
    }
    int cut = one.lastIndexOf(' ', max - 1);
    return one.substring(0, cut > 0 ? cut : max - 1) + "…";
  }

  private void line(String s) {
    b.append(s).append('\n');
  }
}
