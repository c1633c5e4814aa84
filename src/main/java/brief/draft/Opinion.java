package brief.draft;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether an article argues rather than reports, from its own wording (quotations left out):
 * judgements ("essential", "perhaps", "should"), first-person plural, forecasts of hope. A guess,
 * shown to the analyst as one.
 */
final class Opinion {
  private Opinion() {}

  private static final Pattern MARKERS =
      Pattern.compile(
          "(?i)\\b(should|must|ought|perhaps|arguably|undoubtedly"
              + "|clearly|essential|crucial|vital|cornerstone|unprecedented|genuine|promising|optimism|hope|moreover|indeed"
              + "|we|our|i think|i believe|in my view|it is time|deserves?|remarkable|significant|positive chapter"
              + "|bright future|challenge|sustainable|strategic message|key partner|must not|cannot afford|wise|mistake"
              + "|folly|shameful|admirable)\\b");
  private static final double SHARE = 0.3;

  /** The share of sentences that carry a marker of opinion. */
  static double share(List<String> sentences) {
    if (sentences.isEmpty()) {
      return 0;
    }
    long marked = sentences.stream().filter(s -> MARKERS.matcher(s).find()).count();
    return (double) marked / sentences.size();
  }

  static boolean looksLikeOpinion(List<String> sentences) {
    return share(sentences) >= SHARE;
  }
}
