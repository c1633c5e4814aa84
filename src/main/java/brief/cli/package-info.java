/**
 * The {@code brief} command line: thin picocli commands that resolve briefings, call the core and
 * print through {@link brief.render}. The only package that imports picocli; it may import every
 * other package of ours, and is the only one that imports {@link brief.serve}.
 */
package brief.cli;
