package brief.load;

/**
 * Bounds that keep a hostile file from costing time or memory: the file's size (checked before
 * parsing), how many aliases it may use, how deeply it may nest.
 */
public record Limits(long maxBytes, int maxAliases, int maxDepth) {
  public static final Limits DEFAULT = new Limits(2L * 1024 * 1024, 20, 32);
}
