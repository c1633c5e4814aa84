package brief.cli;

import brief.cli.CompletionModel.Argument;
import brief.cli.CompletionModel.Option;
import brief.cli.CompletionModel.Subcommand;
import brief.cli.CompletionModel.Values;
import java.util.List;

/** The zsh completion script: helpers, and one {@code _arguments} function per command. */
final class ZshCompletion {
  private ZshCompletion() {}

  private static final String HELPERS =
      """
      #compdef brief
      # zsh completion for brief: save it as _brief in a folder of $fpath, e.g.
      #   mkdir -p ~/.zfunc && brief completion zsh > ~/.zfunc/_brief
      # with fpath=(~/.zfunc $fpath) in ~/.zshrc before compinit;
      # or, after compinit: source <(brief completion zsh)
      #
      # Made by brief from its own model of its commands. What depends on the library (briefing
      # ids, themes, speakers, sections) is asked of brief at each Tab (brief __complete), so it
      # is the library as it is then, the one --library names if the line has it.

      # The library's candidates of a kind (for the briefings named after it), with what each is:
      # every one, for zsh to match as it is set to; where none matches, the ones brief finds as
      # it matches names (case and accents folded), in place of the word.
      _brief_ask() {
        local kind=$1 word
        local -a args
        shift
        [[ -n ${opt_args[--library]} ]] && args=(--library="$(_brief_unquote ${opt_args[--library]})")
        args+=(-- $kind)
        for word in "$@"; do args+=("$(_brief_unquote $word)"); done
        _brief_offer $kind $args && return 0
        [[ -n $PREFIX ]] && _brief_offer -U $kind --prefix="${(Q)PREFIX}" $args
      }

      # Offers what brief __complete ARGS prints (with -U, whether it matches the word or not).
      _brief_offer() {
        local line word
        local -a lines found unmatched
        [[ $1 == -U ]] && unmatched=(-U) && shift
        local kind=$1
        shift
        lines=(${(f)"$(_call_program brief-$kind ${(q)$(_brief_unquote $_brief_self)} __complete ${(q)@} 2>/dev/null </dev/null)"})
        for line in $lines; do
          word=${${line%%$'\\t'*}//:/\\\\:}
          if [[ $line == *$'\\t'* ]]; then
            found+=("$word:${line#*$'\\t'}")
          else
            found+=("$word")
          fi
        done
        # In brief's order: sections as the reader shows them.
        _describe -V -t $kind ${kind%s} found $unmatched || return 1
        # Several that do not start with the word: listed, the word kept as typed.
        if (( $#unmatched && $#found > 1 )); then
          compstate[insert]=
          compstate[list]='list force'
        fi
      }

      # A word of the line as the command will see it (quotes removed, ~ expanded).
      _brief_unquote() {
        local w=${(Q)1}
        [[ $w == \\~* ]] && w=$HOME${w#\\~}
        print -r -- $w
      }

      _brief_briefings() {
        local ret=1
        _brief_ask briefings && ret=0
        _files -g '*.(yaml|yml)(-.)' && ret=0
        return ret
      }

      _brief_themes() { _brief_ask themes }

      _brief_speakers() { _brief_ask speakers }

      # The sections of the briefing named before, and the parts show prints.
      _brief_sections() { _brief_ask sections $line[1] }
      """;

  private static final String MAIN =
      """
      _brief() {
        local curcontext=$curcontext state state_descr line ret=1 _brief_self=$words[1] at=2
        typeset -A opt_args
        # As brief reads its line: --debug, then a command; anything else is the reader's options
        # and briefing (brief [OPTIONS] [BRIEFING] is brief read), and no command comes after them.
        while [[ $words[at] == --debug ]] && (( at < CURRENT )); do (( at++ )); done
        if (( CURRENT == at )) && [[ $PREFIX != -* ]]; then
          local -a commands=(
      %s    )
          _describe -t commands 'brief command' commands && ret=0
          # Where no command starts so, a briefing (brief BRIEFING opens the reader).
          (( ret )) && _brief_briefings && ret=0
          return ret
        fi
        if (( CURRENT > at && $+functions[_brief_command_$words[at]] )); then
          words=("${(@)words[at,-1]}")
          (( CURRENT -= at - 1 ))
        else
          words=(read "${(@)words[at,-1]}")
          (( CURRENT -= at - 2 ))
        fi
        curcontext=${curcontext%%:*:*}:brief-$words[1]:
        _brief_command_$words[1]
      }

      if [[ $funcstack[1] == _brief ]]; then
        _brief "$@"
      else
        compdef _brief brief
      fi
      """;

  static String script(CompletionModel model) {
    StringBuilder b = new StringBuilder(HELPERS);
    for (Subcommand c : model.commands()) {
      b.append("\n_brief_command_").append(c.name()).append("() {\n  _arguments -s -S");
      for (String spec : specs(c)) {
        b.append(" \\\n    ").append(spec);
      }
      b.append("\n}\n");
    }
    StringBuilder commands = new StringBuilder();
    for (Subcommand c : model.commands()) {
      commands
          .append("      ")
          .append(quote(c.name().replace(":", "\\:") + ":" + c.description()))
          .append("\n");
    }
    b.append("\n").append(String.format(MAIN, commands));
    return b.toString();
  }

  private static List<String> specs(Subcommand c) {
    List<String> specs =
        new java.util.ArrayList<>(c.options().stream().map(ZshCompletion::spec).toList());
    for (Argument a : c.arguments()) {
      String position = a.repeats() ? "*" : String.valueOf(a.index() + 1);
      specs.add(
          quote(
              position
                  + (a.optional() && !a.repeats() ? "::" : ":")
                  + a.label()
                  + ":"
                  + action(a.values())));
    }
    return specs;
  }

  /**
   * An option for {@code _arguments}: its names exclude each other, a value follows = or a space.
   */
  private static String spec(Option o) {
    String explanation =
        "["
            + o.description().replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
            + "]"
            + (o.takesValue() ? ":" + o.label() + ":" + action(o.values()) : "");
    String suffix = o.takesValue() ? "=" : "";
    String repeats = o.repeats() ? "*" : "";
    if (o.names().size() == 1) {
      return quote(repeats + o.names().get(0) + suffix + explanation);
    }
    List<String> names =
        o.names().stream()
            .map(n -> repeats + n + (n.startsWith("--") ? suffix : o.takesValue() ? "+" : ""))
            .toList();
    return quote("(" + String.join(" ", o.names()) + ")")
        + "{"
        + String.join(",", names)
        + "}"
        + quote(explanation);
  }

  private static String action(Values v) {
    return switch (v.kind()) {
      case "words" -> "(" + String.join(" ", v.words()) + ")";
      case "files" -> "_files";
      case "dirs" -> "_files -/";
      case "none" -> " ";
      default -> "_brief_" + v.kind();
    };
  }

  /** In single quotes for zsh. */
  private static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }
}
