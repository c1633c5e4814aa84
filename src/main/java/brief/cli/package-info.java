/**
 * The {@code brief} command line: thin picocli commands that resolve briefings, call the
 * core and print through {@link brief.render}. The only package that imports picocli; it
 * may import every other package of ours.
 */
package brief.cli;
