package brief.cli;

import brief.cli.CompletionModel.Argument;
import brief.cli.CompletionModel.Option;
import brief.cli.CompletionModel.Subcommand;
import brief.cli.CompletionModel.Values;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

// Over 300 lines: most of it is the bash driver, one text block that reads as the script it is.
/** The bash completion script: a fixed driver, and the commands' model written out as data. */
final class BashCompletion {
  private BashCompletion() {}

  private static final String DRIVER =
      """
      # bash completion for brief: save it as ~/.local/share/bash-completion/completions/brief
      # (bash-completion loads it at the first Tab), or put source <(brief completion bash) in
      # ~/.bashrc (which starts brief with every shell).
      #
      # Made by brief from its own model of its commands. What depends on the library (briefing
      # ids, themes, speakers, sections) is asked of brief at each Tab (brief __complete), so it
      # is the library as it is then, the one --library names if the line has it.
      #
      # The words of the line and the names in briefings are text, never code: they are unquoted
      # and quoted here by the shell's rules, and never evaluated.

      # A word of the line as brief will get it, in _brief_value: quotes and backslashes removed,
      # a leading ~ and $NAME expanded, nothing run. _brief_open is the quote left open at its end
      # (' " or $ for $'...'), _brief_tilde is set when a leading ~ was expanded.
      _brief_unquote() {
        local w=${1-} c q= v= i=0 n=${#1} name
        local escape='^([0-7]{1,3}|x[[:xdigit:]]{1,2}|u[[:xdigit:]]{1,4}|U[[:xdigit:]]{1,8}|.)'
        local variable='^(\\{([A-Za-z_][A-Za-z0-9_]*)\\}|([A-Za-z_][A-Za-z0-9_]*))'
        _brief_open= _brief_tilde=
        if [[ $w != *[\\\\\\'\\"\\$~]* ]]; then
          _brief_value=$w
          return 0
        fi
        if [[ $w == \\~ || $w == \\~/* ]]; then
          v=$HOME _brief_tilde=1 i=1
        fi
        while ((i < n)); do
          c=${w:i:1}
          ((i += 1))
          if [[ $q == \\' ]]; then
            [[ $c == \\' ]] && q= || v+=$c
          elif [[ $q == \\$ ]]; then
            if [[ $c == \\' ]]; then
              q=
            elif [[ $c == \\\\ && ${w:i} =~ $escape ]]; then
              # An escape of $'...', as printf %b reads it (but \\' \\" \\?, and octal without a 0).
              c=${BASH_REMATCH[0]}
              ((i += ${#c}))
              case $c in
                [\\'\\"?]) ;;
                [0-7]*) printf -v c '%b' "\\\\0$c" ;;
                *) printf -v c '%b' "\\\\$c" ;;
              esac
              v+=$c
            else
              v+=$c
            fi
          elif [[ $c == \\\\ ]]; then
            c=${w:i:1}
            ((i += 1))
            # In double quotes a backslash quotes only $ ` " and itself.
            [[ $q == \\" && $c != [\\$\\`\\"\\\\] ]] && v+=\\\\
            v+=$c
          elif [[ $c == \\$ && ${w:i} =~ $variable ]]; then
            name=${BASH_REMATCH[2]}${BASH_REMATCH[3]}
            v+=${!name-}
            ((i += ${#BASH_REMATCH[0]}))
          elif [[ $q == \\" ]]; then
            [[ $c == \\" ]] && q= || v+=$c
          elif [[ $c == \\' || $c == \\" ]]; then
            q=$c
          elif [[ $c == \\$ && ${w:i:1} == \\' ]]; then
            q=$c
            ((i += 1))
          else
            v+=$c
          fi
        done
        _brief_value=$v _brief_open=$q
      }

      # Adds candidates that start with the word (as given), quoted as the word is: in a quote the
      # person left open (readline closes it), else with backslashes. Without forking: a library
      # may have thousands.
      _brief_add() {
        local -a words=("$@")
        local w q=\\' b=\\\\ d=\\$ t=\\` dq=\\" x=\\!
        [[ -n $_brief_before ]] && words=("${words[@]#"$_brief_before"}")
        case $_brief_mode in
          \\') words=("${words[@]//"$q"/"$q$b$q$q"}") ;;
          \\") words=("${words[@]//"$b"/"$b$b"}") words=("${words[@]//"$d"/"$b$d"}")
            words=("${words[@]//"$t"/"$b$t"}") words=("${words[@]//"$dq"/"$b$dq"}")
            # \\! would keep its backslash: ! goes in single quotes, out of the double ones.
            words=("${words[@]//"$x"/"$dq$q$x$q$dq"}") ;;
          \\$) words=("${words[@]//"$b"/"$b$b"}") words=("${words[@]//"$q"/"$b$q"}") ;;
          *)
            for w in "${words[@]}"; do
              printf -v w '%q' "$w"
              COMPREPLY+=("$w")
            done
            return 0 ;;
        esac
        COMPREPLY+=("${words[@]}")
      }

      # Fixed words (commands, options, values) that start with the word.
      _brief_words() {
        local w
        local -a found=()
        for w; do
          [[ $w == "$_brief_cur"* ]] && found+=("$w")
        done
        ((${#found[@]})) && _brief_add "${found[@]}"
        return 0
      }

      # The library's candidates of a kind (for the briefings named after it) that start with the
      # word, as brief matches names: case and accents folded.
      _brief_ask() {
        local -a lines=() found=()
        local line
        mapfile -t lines < <(command "$_brief_self" __complete \\
          ${_brief_library[@]+"${_brief_library[@]}"} --prefix="$_brief_cur" -- "$@" \\
          2>/dev/null </dev/null)
        for line in ${lines[@]+"${lines[@]}"}; do
          line=${line%%$'\\t'*}
          # Where the quote opens in the word, what comes before it must be the same.
          [[ $line == "$_brief_before"* ]] && found+=("$line")
        done
        ((${#found[@]})) && _brief_add "${found[@]}"
        return 0
      }

      # File names from the shell (readline quotes them), optionally only folders or *.yaml;
      # folders and files whose name starts with a dot only when the word does.
      _brief_files() {
        local f=$_brief_cur c
        local -a found=()
        # Where a quote opens inside the word, readline would put the path after it: none.
        [[ -z $_brief_before ]] || return 0
        compopt -o filenames 2>/dev/null
        [[ -n $_brief_tilde ]] && f=\\~${f#"$HOME"}
        case ${1-} in
          dirs) mapfile -t found < <(compgen -d -- "$f") ;;
          yaml) mapfile -t found < <(compgen -d -- "$f"; compgen -G "$f*.yaml"; compgen -G "$f*.yml") ;;
          *) mapfile -t found < <(compgen -f -- "$f") ;;
        esac
        for c in ${found[@]+"${found[@]}"}; do
          [[ ${f##*/} == .* || ${c##*/} != .* ]] && COMPREPLY+=("$c")
        done
        return 0
      }

      # Completes the word as a value of this kind.
      _brief_complete_as() {
        case $1 in
          words:*) _brief_words ${1#words:} ;;
          files) _brief_files ;;
          dirs) _brief_files dirs ;;
          briefings) _brief_ask briefings; _brief_files yaml ;;
          sections) _brief_ask sections "${args[0]-}" ;;
          themes | speakers) _brief_ask "$1" ;;
        esac
      }

      _brief() {
        local _brief_self= _brief_cur= _brief_before= _brief_mode= _brief_value= _brief_open=
        local _brief_tilde=
        local command= pending= w kind i options= valued= repeats=
        local -a _brief_library=() args=() positionals=()
        local word=${COMP_WORDS[COMP_CWORD]-} cur=${2-}
        COMPREPLY=()
        _brief_unquote "${1-brief}"
        _brief_self=$_brief_value
        # Readline replaces the word (cur), or in a quote left open what follows the quote: so a
        # candidate goes in quoted as the word is there (_brief_mode), less what comes before.
        [[ $word == = ]] && word=
        [[ $word == *"$cur" ]] && word=${word%"$cur"} || word=
        _brief_unquote "$word"
        _brief_before=$_brief_value _brief_mode=$_brief_open
        _brief_unquote "$word$cur"
        _brief_cur=$_brief_value
        # The words before this one: the command, options with their values, arguments. bash
        # splits --format=json at the '=' into three words.
        for ((i = 1; i < COMP_CWORD; i++)); do
          w=${COMP_WORDS[i]}
          if [[ -n $pending ]]; then
            [[ $w == = ]] && continue
            if [[ $pending == --library ]]; then
              _brief_unquote "$w"
              _brief_library=(--library="$_brief_value")
            fi
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
            --library=*)
              # One word when '=' does not break words (COMP_WORDBREAKS) or was escaped.
              _brief_unquote "${w#*=}"
              _brief_library=(--library="$_brief_value") ;;
            -*) [[ " $valued " == *" ${w%%=*} "* && $w != *=* ]] && pending=$w ;;
            =) ;;
            *)
              _brief_unquote "$w"
              args+=("$_brief_value") ;;
          esac
        done
        if [[ -n $pending ]]; then
          _brief_option_values "$pending"
          _brief_complete_as "$kind"
        elif [[ -z $command ]]; then
          _brief_spec read
          if [[ $_brief_cur == -* ]]; then
            _brief_words $options
          else
            _brief_words $_brief_commands
            # No command starts so: a briefing, for the reader.
            ((${#COMPREPLY[@]})) || _brief_complete_as briefings
          fi
        elif [[ $_brief_cur == -* ]]; then
          _brief_words $options
        elif ((${#args[@]} < ${#positionals[@]})); then
          _brief_complete_as "${positionals[${#args[@]}]}"
        elif [[ -n $repeats ]] && ((${#positionals[@]})); then
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
