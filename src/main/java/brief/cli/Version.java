package brief.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (set by the build). */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Version.class.getPackage().getImplementationVersion();
    return new String[] {
      "brief " + (v == null ? "(development build)" : v), "Briefing format: briefing/1"
    };
  }
}
