package brief.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Model.PositionalParamSpec;

final class CompletionCommand extends Command {
  enum Shell {
    bash,
    zsh
  }

  private final PositionalParamSpec shell =
      positional(
          PositionalParamSpec.builder()
              .paramLabel("SHELL")
              .required(true)
              .type(Shell.class)
              .description("bash or zsh."));

  CompletionCommand() {
    super(
        "completion",
        "Print a shell completion script for bash or zsh.",
        "It completes commands, options, theme ids and briefing ids (those of the library at the time it is made).");
    examples("  source <(brief completion bash)", "  brief completion zsh > ~/.zfunc/_brief");
  }

  @Override
  public Integer call() {
    // picocli's script is bash; zsh runs it through bashcompinit, which the script enables itself.
    String script = AutoComplete.bash("brief", spec.root().commandLine());
    spec.commandLine().getOut().print(script);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
