package brief.core;

/** Edit distance (Levenshtein), and the one rule of every "did you mean" hint. */
public final class Similarity {
  private Similarity() {}

  /**
   * The known word that {@code wanted} was most likely meant to be: the nearest by edit distance
   * when it is near (a third of the word's letters, at least two, and not all but one), or one that
   * {@code wanted} is the start of; empty when none is.
   */
  public static java.util.Optional<String> nearest(
      String wanted, java.util.Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(wanted, k);
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    boolean near =
        best != null
            && bestDistance <= Math.max(2, wanted.length() / 3)
            && bestDistance < wanted.length() - 1;
    if (near) {
      return java.util.Optional.of(best);
    }
    return known.stream().filter(k -> !wanted.isEmpty() && k.startsWith(wanted)).findFirst();
  }

  public static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
