package brief.draft;

import java.util.ArrayList;
import java.util.List;

/**
 * What a read of an article found: its quotations with their speakers, who is named where, and for
 * each body paragraph its lead sentence and who (if anyone) it reports.
 */
final class Annotations {
  /** A quotation to draft: its text, paragraph, speaker (null: unknown) and why. */
  record Found(String text, int paragraph, Attribution.Speaker speaker) {}

  /**
   * A body paragraph: its number, lead sentence, and the person whose words it reports (or null).
   */
  record Lead(int paragraph, String sentence, Entity speaker) {}

  final Article article;
  final Cast cast = new Cast();
  final List<Found> quotes = new ArrayList<>();
  final List<Lead> leads = new ArrayList<>();

  /** The article's sentences outside quotations, for the guess at opinion. */
  final List<String> ownSentences = new ArrayList<>();

  Annotations(Article article) {
    this.article = article;
  }
}
