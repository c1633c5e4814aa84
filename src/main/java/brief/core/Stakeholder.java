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
}
