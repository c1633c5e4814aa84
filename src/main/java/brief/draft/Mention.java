package brief.draft;

/**
 * A place in a paragraph that may name a person: a name with or without a title ({@code President
 * Ilham Aliyev}, {@code Jane Smith}), a lone surname, a role said again ({@code the Azerbaijani
 * leader}, {@code the minister}) or a pronoun. {@code title} is the title or role noun, {@code
 * qualifier} a word before it (a nationality, "finance").
 */
record Mention(
    Type type, int start, int end, String form, String title, String name, String qualifier) {
  enum Type {
    NAMED,
    GROUP,
    ROLE,
    BODY,
    SURNAME,
    PRONOUN
  }

  boolean overlaps(Mention other) {
    return start < other.end && other.start < end;
  }
}
