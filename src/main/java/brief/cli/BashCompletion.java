package brief.cli;

import brief.cli.CompletionModel.Argument;
import brief.cli.CompletionModel.Option;
import brief.cli.CompletionModel.Subcommand;
import brief.cli.CompletionModel.Values;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The bash completion script: a fixed driver, and the commands' model written out as data. */
final class BashCompletion {
  private BashCompletion() {}

  private static final String DRIVER =
      """
      # bash completion for brief: source <(brief completion bash), or save it as
      # ~/.local/share/bash-completion/completions/brief
      #
      # Made by brief from its own model of its commands. What depends on the library (briefing
      # ids, themes, speakers, sections) is asked of brief at each Tab (brief __complete), so it
      # is the library as it is then, the one --library names if the line has it.

      # Adds a candidate that starts with the word, quoted for the shell; in a quote the
      # person opened, as it is (readline closes the quote).
      _brief_add() {
        [[ $1 == "$_brief_cur"* ]] || return 0
        if [[ -n $_brief_quote ]]; then
          COMPREPLY+=("$1")
        else
          COMPREPLY+=("$(printf '%q' "$1")")
        fi
      }

      # The library's candidates of a kind (for the briefings named after it), one a line,
      # each maybe followed by a tab and what it is.
      _brief_ask() {
        local line
        while IFS= read -r line; do
          _brief_add "${line%%$'\\t'*}"
        done < <(command "$_brief_self" __complete ${_brief_library[@]+"${_brief_library[@]}"} \\
          "$@" 2>/dev/null </dev/null)
      }

      # File names from the shell (readline quotes them), optionally only folders or *.yaml.
      _brief_files() {
        compopt -o filenames 2>/dev/null
        case $1 in
          dirs) mapfile -t -O ${#COMPREPLY[@]} COMPREPLY < <(compgen -d -- "$_brief_cur") ;;
          yaml)
            mapfile -t -O ${#COMPREPLY[@]} COMPREPLY < <(compgen -d -- "$_brief_cur"
              compgen -G "$_brief_cur*.yaml"; compgen -G "$_brief_cur*.yml") ;;
          *) mapfile -t -O ${#COMPREPLY[@]} COMPREPLY < <(compgen -f -- "$_brief_cur") ;;
        esac
      }

      # Completes the word as a value of this kind.
      _brief_complete_as() {
        local w
        case $1 in
          words:*) for w in ${1#words:}; do _brief_add "$w"; done ;;
          files) _brief_files ;;
          dirs) _brief_files dirs ;;
          briefings) _brief_ask briefings; [[ -n $_brief_quote ]] || _brief_files yaml ;;
          sections) _brief_ask sections "${args[0]}" ;;
          themes | speakers) _brief_ask "$1" ;;
        esac
      }

      _brief() {
        local _brief_self=$1 _brief_cur=$2 _brief_quote= command= pending= w kind i
        local -a _brief_library=() args=() positionals=()
        local options= valued= repeats=
        local word=${COMP_WORDS[COMP_CWORD]}
        COMPREPLY=()
        # In a quote the person opened, readline gives the word without it; else unquote it.
        if [[ $word == [\\'\\"]* ]]; then
          _brief_quote=1
        else
          _brief_cur=${_brief_cur//\\\\/}
        fi
        # The words before this one: the command, options with their values, arguments. bash
        # splits --format=json at the '=' into three words.
        for ((i = 1; i < COMP_CWORD; i++)); do
          w=${COMP_WORDS[i]}
          if [[ -n $pending ]]; then
            [[ $w == = ]] && continue
            [[ $pending == --library ]] && _brief_library=(--library "${w/#\\~/$HOME}")
            pending=
            continue
          fi
          if [[ -z $command ]]; then
            [[ $w == --debug ]] && continue
            if [[ " $_brief_commands " == *" $w "* ]]; then
              command=$w
              _brief_spec "$command"
              continue
            fi
            # brief [OPTIONS] [BRIEFING] is brief read.
            command=read
            _brief_spec read
          fi
          case $w in
            -*) [[ " $valued " == *" ${w%%=*} "* && $w != *=* ]] && pending=$w ;;
            =) ;;
            *) args+=("$w") ;;
          esac
        done
        [[ $word == = ]] && _brief_cur=
        if [[ -n $pending ]]; then
          _brief_option_values "$pending"
          _brief_complete_as "$kind"
        elif [[ -z $command ]]; then
          _brief_spec read
          if [[ $_brief_cur == -* ]]; then
            for w in $options; do _brief_add "$w"; done
          else
            for w in $_brief_commands; do _brief_add "$w"; done
            # No command starts so: a briefing, for the reader.
            (( ${#COMPREPLY[@]} )) || _brief_complete_as briefings
          fi
        elif [[ $_brief_cur == -* ]]; then
          for w in $options; do _brief_add "$w"; done
        elif (( ${#args[@]} < ${#positionals[@]} )); then
          _brief_complete_as "${positionals[${#args[@]}]}"
        elif [[ -n $repeats ]] && (( ${#positionals[@]} )); then
          _brief_complete_as "${positionals[${#positionals[@]} - 1]}"
        fi
        return 0
      }

      complete -F _brief brief
      """;

  static String script(CompletionModel model) {
    StringBuilder b = new StringBuilder(DRIVER.substring(0, DRIVER.indexOf("_brief() {")));
    List<String> names = model.commands().stream().map(Subcommand::name).toList();
    b.append("_brief_commands='").append(String.join(" ", names)).append("'\n\n");
    b.append("# Each command's options, those that take a value, and what its arguments are.\n");
    b.append("_brief_spec() {\n  case $1 in\n");
    for (Subcommand c : model.commands()) {
      b.append("    ").append(c.name()).append(")\n");
      b.append("      options='")
          .append(String.join(" ", c.options().stream().flatMap(o -> o.names().stream()).toList()))
          .append("'\n");
      b.append("      valued='")
          .append(
              String.join(
                  " ",
                  c.options().stream()
                      .filter(Option::takesValue)
                      .flatMap(o -> o.names().stream())
                      .toList()))
          .append("'\n");
      b.append("      positionals=(");
      for (Argument a : c.arguments()) {
        b.append(a.index() > 0 ? " " : "").append("'").append(kind(a.values())).append("'");
      }
      b.append(")\n");
      boolean repeats =
          !c.arguments().isEmpty() && c.arguments().get(c.arguments().size() - 1).repeats();
      b.append("      repeats=").append(repeats ? "1" : "").append(" ;;\n");
    }
    b.append("  esac\n}\n\n");
    b.append("# What completes the value of an option.\n");
    b.append("_brief_option_values() {\n  case $1 in\n");
    Map<String, List<String>> byKind = new TreeMap<>();
    model
        .optionValues()
        .forEach(
            (name, v) ->
                byKind.computeIfAbsent(kind(v), k -> new java.util.ArrayList<>()).add(name));
    byKind.forEach(
        (kind, options) ->
            b.append("    ")
                .append(String.join(" | ", options))
                .append(") kind='")
                .append(kind)
                .append("' ;;\n"));
    b.append("    *) kind=none ;;\n  esac\n}\n\n");
    b.append(DRIVER.substring(DRIVER.indexOf("_brief() {")));
    return b.toString();
  }

  /** A kind as the driver takes it: {@code words:a b c} for fixed words. */
  private static String kind(Values v) {
    return v.kind().equals("words") ? "words:" + String.join(" ", v.words()) : v.kind();
  }
}
