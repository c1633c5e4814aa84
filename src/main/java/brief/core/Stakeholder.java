package brief.core;

import java.util.List;

/** A person, state, organization or group; {@code affiliation} is another stakeholder's id. */
public record Stakeholder(
    String id,
    String name,
    StakeholderKind kind,
    String role,
    String affiliation,
    String position,
    List<String> interests,
    List<String> themes,
    List<String> aliases) {
  public Stakeholder {
    interests = List.copyOf(interests);
    themes = List.copyOf(themes);
    aliases = List.copyOf(aliases);
  }

  /**
   * How the briefing spells this name in Latin letters, for output that cannot show its script: the
   * first alias written only in Latin letters, when the name itself has a letter of another script
   * ({@code Сергей Лавров} → {@code Sergei Lavrov}); empty otherwise.
   */
  public java.util.Optional<String> latinAlias() {
    if (isLatin(name)) {
      return java.util.Optional.empty();
    }
    for (String alias : aliases) {
      if (isLatin(alias)) {
        return java.util.Optional.of(alias);
      }
    }
    return java.util.Optional.empty();
  }

  /** Whether every letter of {@code text} is a Latin one, and there is one. */
  private static boolean isLatin(String text) {
    boolean letter = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isLetter(cp)) {
        // Below the Greek block every letter is a Latin one: most names need no script lookup.
        if (cp >= 0x370 && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
          return false;
        }
        letter = true;
      }
      i += Character.charCount(cp);
    }
    return letter;
  }
}
