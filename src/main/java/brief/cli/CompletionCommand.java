package brief.cli;

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
        "It completes commands, options and their values; briefing ids, theme ids, section ids"
            + " after a briefing and speaker names after --speaker are asked of brief at each Tab,"
            + " so they follow the library.");
    examples(
        "  brief completion bash > ~/.local/share/bash-completion/completions/brief",
        "  mkdir -p ~/.zfunc && brief completion zsh > ~/.zfunc/_brief",
        "    (with fpath=(~/.zfunc $fpath) in ~/.zshrc, before compinit)");
  }

  @Override
  public Integer call() {
    CompletionModel model = CompletionModel.of(spec.root().commandLine());
    String script =
        shell.getValue() == Shell.zsh ? ZshCompletion.script(model) : BashCompletion.script(model);
    spec.commandLine().getOut().print(script);
    spec.commandLine().getOut().flush();
    return ExitCode.OK.code;
  }
}
