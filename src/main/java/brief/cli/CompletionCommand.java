package brief.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "completion", description = {"Print a shell completion script for bash or zsh.",
    "It completes commands, options, theme ids and briefing ids (those of the library at the time it is made)."},
    footerHeading = "%nExamples:%n",
    footer = {"  source <(brief completion bash)", "  brief completion zsh > ~/.zfunc/_brief"})
final class CompletionCommand implements Callable<Integer> {
  enum Shell { bash, zsh }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
  Shell shell;

  @Override
  public Integer call() {
    // picocli's script is bash; zsh runs it through bashcompinit, which the script enables itself.
    String script = AutoComplete.bash("brief", spec.root().commandLine());
    spec.commandLine().getOut().print(script);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
