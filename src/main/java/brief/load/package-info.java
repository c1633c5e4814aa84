/**
 * Briefing files to {@link brief.core} records: YAML is composed into SnakeYAML's node tree and
 * mapped by hand, so that every error carries {@code file:line:col} and all of a file's errors are
 * reported together. Also scans libraries (folders or the bundled briefings).
 *
 * <p>The only package that imports SnakeYAML. May import {@code brief.core}.
 */
package brief.load;
