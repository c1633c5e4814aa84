/**
 * {@code brief serve}: an SSH endpoint (Apache MINA SSHD) that offers the reader to a pty and the
 * read-only lookups to exec requests, to the keys of an authorized-keys file and nothing else: no
 * shell, no file transfer, no forwarding. The only package that uses MINA.
 *
 * <p>May import MINA SSHD, {@code brief.terminal}, {@code brief.load}, {@code brief.render} and
 * {@code brief.core}. Lookups are run by a {@link brief.serve.Lookup} that {@code brief.cli} hands
 * in, so nothing here depends on the command line.
 */
package brief.serve;
