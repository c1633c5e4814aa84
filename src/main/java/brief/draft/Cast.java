package brief.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Everyone an article names, and who a mention means: names are merged across forms ({@code
 * President Ilham Aliyev}, {@code President Aliyev}, {@code Aliyev}); a role said again ({@code the
 * Azerbaijani leader}, {@code the minister}) means the last person with that kind of title, a
 * pronoun the last person mentioned. Mentions must be resolved in the order they occur.
 */
final class Cast {
  private static final Pattern COURTESY = Pattern.compile("(Mr|Mrs|Ms|Dr)\\.?");
  private static final Pattern LEADER_TITLES =
      Pattern.compile(
          "(?i).*\\b(president|prime minister|premier|chancellor|king|queen|emir|sheikh|chairman|chairwoman|leader)\\b.*");

  private final List<Entity> people = new ArrayList<>();
  private final Map<String, Entity> places = new LinkedHashMap<>();

  /** People by when they were last mentioned, the latest last. */
  private final List<Entity> recent = new ArrayList<>();

  private Entity last;

  /** States and organisations by when they were last named, the latest last. */
  private final List<Entity> recentBodies = new ArrayList<>();

  private final Map<String, Entity> groups = new LinkedHashMap<>();

  List<Entity> groups() {
    return List.copyOf(groups.values());
  }

  List<Entity> people() {
    return people;
  }

  List<Entity> places() {
    return List.copyOf(places.values());
  }

  /** A state or organisation named in paragraph {@code paragraph}. */
  Entity place(Gazetteer.Found found, int paragraph) {
    Entity e = places.computeIfAbsent(found.name(), n -> new Entity(found.kind(), n));
    if (e.sort.isEmpty()) {
      String sort = Gazetteer.get().sort(found.name());
      e.sort =
          found.kind() == Entity.Kind.STATE
              ? "state"
              : sort.isEmpty() ? Gazetteer.sortOf(found.name()) : sort;
    }
    e.alias(found.form());
    e.namedIn.add(paragraph);
    recentBodies.remove(e);
    recentBodies.add(e);
    return e;
  }

  /** Whether an organisation is a news medium (a newspaper, agency, broadcaster). */
  static boolean isMedia(Entity e) {
    return e != null && e.sort.equals("media");
  }

  /** Who a mention inside a quotation means, leaving who "he" means as it was. */
  Entity resolveQuietly(Mention m, int paragraph) {
    Entity before = last;
    List<Entity> order = List.copyOf(recent);
    Entity who = resolve(m, paragraph);
    last = before;
    recent.clear();
    recent.addAll(order);
    return who;
  }

  /** The person a mention means, or null when it cannot be told. */
  Entity resolve(Mention m, int paragraph) {
    Entity who =
        switch (m.type()) {
          case NAMED -> named(m);
          case SURNAME -> alias(bySurname(m.name()), m.name());
          case ROLE -> byRole(m);
          case BODY -> byBody(m);
          case GROUP -> group(m);
          case PRONOUN -> last;
        };
    if (who == null) {
      return null;
    }
    if (m.type() != Mention.Type.PRONOUN) {
      who.namedIn.add(paragraph);
    }
    if (!m.qualifier().isEmpty() && who.affiliation.isEmpty()) {
      who.affiliation = Gazetteer.get().state(m.qualifier());
    }
    if (who.kind == Entity.Kind.PERSON) {
      last = who;
      recent.remove(who);
      recent.add(who);
    }
    return who;
  }

  /**
   * A person named inside a quotation: listed, but not taken as the one a later "he" means (the
   * words are the speaker's, the name is who they speak of).
   */
  void quoted(Mention m, int paragraph) {
    if (m.type() == Mention.Type.NAMED && !m.title().isEmpty()) {
      Entity who = named(m);
      who.namedIn.add(paragraph);
    }
  }

  private Entity group(Mention m) {
    Entity g = groups.computeIfAbsent(m.name(), n -> new Entity(Entity.Kind.GROUP, n));
    g.alias(m.form());
    return g;
  }

  /**
   * "The ministry", "the paper": the last body named of that kind (any kind for "the statement").
   */
  private Entity byBody(Mention m) {
    String sort = Phrasebook.get().bodyKind(m.title());
    for (int i = recentBodies.size() - 1; i >= 0; i--) {
      Entity e = recentBodies.get(i);
      boolean fits =
          sort == null
              || sort.equals("any") && e.kind != Entity.Kind.STATE
              || e.sort.equals(sort)
              || sort.equals("government") && e.kind == Entity.Kind.STATE;
      if (fits) {
        e.alias(m.form());
        return e;
      }
    }
    return null;
  }

  private Entity named(Mention m) {
    String name = m.name();
    Entity who = people.stream().filter(p -> sameName(p.name, name)).findFirst().orElse(null);
    if (who == null) {
      who = new Entity(Entity.Kind.PERSON, name);
      people.add(who);
    } else if (name.length() > who.name.length()) {
      who.alias(who.name);
      who.name = name;
      who.aliases.remove(name);
    }
    boolean courtesy = COURTESY.matcher(m.title()).matches();
    if (!m.title().isEmpty() && !courtesy && who.role.isEmpty()) {
      who.role = m.title().substring(0, 1).toUpperCase(Locale.ROOT) + m.title().substring(1);
    }
    if (!m.form().equals(who.name) && !m.form().endsWith(" " + who.name)) {
      who.alias(m.form());
    }
    return who;
  }

  /** The person, who is also called so (a surname alone is a name the strict check must find). */
  private static Entity alias(Entity who, String form) {
    if (who != null) {
      who.alias(form);
    }
    return who;
  }

  /** "Aliyev" and "Ilham Aliyev" are one name; "Ilham Aliyev" and "Mehriban Aliyeva" are not. */
  private static boolean sameName(String known, String name) {
    return known.equals(name) || known.endsWith(" " + name) || name.endsWith(" " + known);
  }

  private Entity bySurname(String word) {
    for (int i = people.size() - 1; i >= 0; i--) {
      if (people.get(i).surname().equals(word)) {
        return people.get(i);
      }
    }
    // A Russian surname in another case: "по словам Пескова" means Песков.
    java.util.regex.Matcher ending = CYRILLIC_CASE.matcher(word);
    if (ending.find()) {
      String stem = word.substring(0, ending.start());
      for (int i = people.size() - 1; i >= 0; i--) {
        if (people.get(i).surname().equals(stem)) {
          return people.get(i);
        }
      }
    }
    return null;
  }

  private static final Pattern CYRILLIC_CASE =
      Pattern.compile("(?<=\\p{IsCyrillic})(?:а|у|ым|ом|е)$");

  private Entity byRole(Mention m) {
    String role = m.title().toLowerCase(Locale.ROOT);
    Entity who = null;
    if (last != null && fits(last, role)) {
      who = last;
    } else {
      for (int i = recent.size() - 1; i >= 0 && who == null; i--) {
        if (fits(recent.get(i), role)) {
          who = recent.get(i);
        }
      }
    }
    if (who != null) {
      who.alias(m.form().substring(0, 1).toLowerCase(Locale.ROOT) + m.form().substring(1));
    }
    return who;
  }

  private static boolean fits(Entity person, String role) {
    String title = person.role.toLowerCase(Locale.ROOT);
    if (title.isEmpty()) {
      return false;
    }
    if (role.equals("leader") || role.equals("head of state")) {
      return LEADER_TITLES.matcher(title).matches();
    }
    if (role.startsWith("spokes")) {
      return title.startsWith("spokes");
    }
    return Phrasebook.get().fits(role, title);
  }
}
