/**
 * Writing systems: a name or a title in any script spelled in Latin letters, through ICU4J's
 * transliterators. The one package that uses ICU4J, so that its 14 MB and its start-up cost are
 * paid only where text in another script must be shown in Latin letters.
 *
 * <p>Imports nothing of ours.
 */
package brief.script;
