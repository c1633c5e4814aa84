package brief.core;

/**
 * Whose claim a point is (the format's {@code basis}). {@link #NONE} is a point written before the
 * field existed: accepted, and shown without a label.
 */
public enum Basis {
  NONE(""),
  /** The source's author asserts or argues it. */
  AUTHOR("author"),
  /** The source reports it as a fact. */
  REPORTED("reported"),
  /** A paraphrase of a stakeholder's words; the point names the speaker. */
  SPEAKER("speaker"),
  /** The briefing writer's own note, not from the source. */
  ANALYST("analyst");

  private final String word;

  Basis(String word) {
    this.word = word;
  }

  /** The word written in a briefing file; empty for {@link #NONE}. */
  public String word() {
    return word;
  }

  /** The basis a file's word names; {@link #NONE} for a word that names none. */
  public static Basis of(String word) {
    for (Basis b : values()) {
      if (b != NONE && b.word.equals(word)) {
        return b;
      }
    }
    return NONE;
  }
}
