package brief.draft;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A stakeholder the draft names: a person, state, organisation or group, with every other form the
 * article used for it. Mutable while the article is read, then written out.
 */
final class Entity {
  enum Kind {
    PERSON,
    STATE,
    ORGANIZATION,
    GROUP
  }

  final Kind kind;
  String name;
  String role = "";
  String affiliation = "";

  /** For a body, what kind it is ("ministry", "media", "state", …): what "the paper" can mean. */
  String sort = "";

  final Set<String> aliases = new LinkedHashSet<>();

  /** The paragraphs that name it (by name or alias, not by pronoun). */
  final Set<Integer> namedIn = new LinkedHashSet<>();

  Entity(Kind kind, String name) {
    this.kind = kind;
    this.name = name;
  }

  void alias(String form) {
    if (!form.equals(name)) {
      aliases.add(form);
    }
  }

  String id() {
    return Ids.kebab(name);
  }

  /**
   * Every name it goes by, as `validate` reads a stakeholder's: name, aliases, a person's surname.
   */
  java.util.List<String> forms() {
    java.util.List<String> forms = new java.util.ArrayList<>(aliases);
    forms.add(name);
    if (kind == Kind.PERSON && name.strip().contains(" ")) {
      forms.add(surname());
    }
    return forms;
  }

  String surname() {
    String[] words = name.split("\\s+");
    return words[words.length - 1];
  }

  @Override
  public String toString() {
    return name;
  }
}
