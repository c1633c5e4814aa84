package brief.draft;

import brief.core.Months;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

// Over 300 lines: the rules that find people, states and organisations, tested together by the
// draft corpus.
/**
 * Finds the mentions of people in a paragraph whose quotations have been blanked out (words inside
 * quotation marks name nobody who is speaking). A capitalised name counts as a person when a title
 * comes before it, or when the sentence treats it as one: a speech verb next to it, {@code
 * according to}, an apposition naming a role, a colon before a quotation.
 */
final class Mentions {
  private Mentions() {}

  private static final Phrasebook WORDS = Phrasebook.get();
  static final String TITLES = WORDS.alternation("titles");
  static final String ROLES = WORDS.alternation("roles");
  private static final String NAME_WORD = "(?:\\p{Lu}[\\p{L}’'\\-]*\\p{L}|\\p{Lu}\\.)";
  private static final String SPEECH = WORDS.alternation("verbs");

  /**
   * A German compound that ends in a title or role (Kommissionspräsidentin, Verkehrsexperte): a
   * capitalised stem of three letters or more, then the German word. Other languages write roles
   * apart, and their short titles end many words (Camp, thanking).
   */
  private static final String GERMAN_COMPOUND =
      "\\p{Lu}\\p{Ll}{2,}(?iu:"
          + WORDS.alternation("titles", "de")
          + "|"
          + WORDS.alternation("roles", "de")
          + ")";

  /** The same, of titles only (Kommissionspräsidentin): what may stand before a name as one. */
  private static final String GERMAN_TITLE_COMPOUND =
      "\\p{Lu}\\p{Ll}{2,}(?iu:" + WORDS.alternation("titles", "de") + ")";

  /** The small words inside a name after a title: Ursula von der Leyen, Charles de Gaulle. */
  private static final String PARTICLE_WORDS = "(?:von|van|de|du|da|di|del|della|al|bin|ibn|zu)";

  /** An article inside a name, only after a particle: von der, van den, de la. */
  private static final String NAME_ARTICLES = "(?:der|den|la|le)";

  private static final String PARTICLES =
      "(?:" + PARTICLE_WORDS + "\\s+(?:" + NAME_ARTICLES + "\\s+)?)?";
  private static final Pattern PARTICLE = Pattern.compile(PARTICLE_WORDS);
  private static final Pattern NAME_ARTICLE = Pattern.compile(NAME_ARTICLES);
  private static final Pattern TITLED =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}.\\-])(?:(?:former|acting|then|outgoing|late)\\s+)?"
              + "(?:((?:\\p{Lu}\\p{L}*\\s+)?\\p{Lu}\\p{L}*|\\p{Lu}\\.(?:\\p{Lu}\\.)+)\\s+)?("
              + TITLES
              + "|"
              + GERMAN_TITLE_COMPOUND
              + ")\\s+("
              + NAME_WORD
              + "(?:\\s+"
              + PARTICLES
              + NAME_WORD
              + "){0,3})");
  private static final Pattern BARE =
      Pattern.compile(
          "(?<![\\p{L}.’'])(" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){1,3})(?![\\p{L}])");
  private static final Pattern ROLE =
      Pattern.compile(
          "(?<![\\p{L}])(?:((?iu:"
              + WORDS.alternation("articles")
              + "))\\s+)?"
              // Up to three capitalised words that qualify it, the last perhaps a possessive: "the
              // Russian Foreign Ministry's spokeswoman" (the first may name the state).
              + "(?:(\\p{Lu}[\\p{L}.\\-]*(?:\\s+\\p{Lu}[\\p{L}.\\-]*){0,2}?)(?:’s|'s)?\\s+)?"
              + "((?iu:"
              + ROLES
              + "))(?![\\p{L}])");
  private static final Pattern BODY_ROLE =
      Pattern.compile(
          "(?<![\\p{L}])(?:((?iu:"
              + WORDS.alternation("articles")
              + "))\\s+)?(?:(\\p{Lu}[\\p{L}.\\-]*)\\s+)?(?iu:("
              + WORDS.alternation("bodies")
              + "))(?![\\p{L}])");
  private static final Pattern GROUP =
      Pattern.compile(
          "(?<![\\p{L}])(?:[Tt]he\\s+)?((?iu:"
              + WORDS.alternation("groups")
              + "))\\s+of\\s+((?:the\\s+)?\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)*(?:,\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)*)*"
              + ",?\\s+and\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)*)");
  private static final Pattern APPOSITION =
      Pattern.compile(
          "^,\\s+(" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){1,2})(?=[,;.]|\\s+" + SPEECH + ")");
  private static final Pattern PRONOUN =
      Pattern.compile("(?<![\\p{L}])((?iu:" + WORDS.alternation("pronouns") + "))(?![\\p{L}])");
  private static final Pattern SINGLE =
      Pattern.compile("(?<![\\p{L}.’'])(\\p{Lu}[\\p{L}’'\\-]*\\p{L})(?![\\p{L}])");
  private static final Pattern SPEECH_AFTER =
      Pattern.compile(
          "^(?:’s|'s)?(?:,[^,\"“”]{1,80},|,)?\\s+(?:also\\s+|later\\s+|then\\s+|has\\s+|had\\s+|was\\s+|once\\s+)?"
              + SPEECH
              + "\\b"
              + "|^\\s*:\\s*[\"“«]|^(?:’s|'s) words|^,\\s+(?:a|an|the)\\s+[^,]{0,60}?(?i:"
              + ROLES
              + ")\\b");
  private static final Pattern CUE_BEFORE =
      Pattern.compile("(?i)(?:according to|" + SPEECH + "|words of|quoted|quoting)\\s+$");
  private static final Pattern OCCUPATION_BEFORE =
      Pattern.compile(
          "(?:^|[^\\p{L}])(?:"
              + ROLES
              + "|aide|adviser|advisor|engineer|chief|head|driver|teacher|farmer|doctor|nurse|resident|activist|lawyer"
              + "|researcher|journalist|expert|colleague|student|worker|owner|manager|founder|deputy|candidate|commander"
              + "|prosecutor|negotiator|mediator|historian|writer|author|novelist|scientist|officer|representative)\\s+$");
  private static final Pattern SUBJECT_OF =
      Pattern.compile(
          "\\s+(?:has|had|is|was|will|would|also|then|later|once|never|recently|\\p{Ll}+ed)\\b");

  /**
   * A lowercase title and the words that qualify it, right before a name ("министр иностранных дел
   * России").
   */
  private static final Pattern ROLE_BEFORE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])((?:(?iu:"
              + WORDS.alternation("titles")
              + "|"
              + WORDS.alternation("roles")
              + ")|"
              + GERMAN_COMPOUND
              + ")(?:\\s+[\\p{L}\\-]+){0,3})\\s+$");

  /** A role or title, or a German compound that ends in one (Verkehrsexperte). */
  private static final Pattern ROLE_WORD =
      Pattern.compile(
          "(?iu:"
              + WORDS.alternation("titles")
              + "|"
              + WORDS.alternation("roles")
              + ")|"
              + GERMAN_COMPOUND);

  private static final Pattern NAME_NEXT = Pattern.compile("\\s+\\p{Lu}");
  private static final Pattern SPEECH_NEXT = Pattern.compile("\\s+" + SPEECH + "\\b");

  /**
   * The lexicon's words that open a sentence and are never part of a name, lowercase, of every
   * language (a quotation may hold another language's words): the lists leave out words that are
   * names elsewhere (Des Browne, Bei Dao).
   */
  private static final Set<String> OPENERS = Set.copyOf(WORDS.all("openers"));

  private static final Set<String> SENTENCE_WORDS =
      withMonths(
          Set.of(
              "The",
              "A",
              "An",
              "In",
              "On",
              "At",
              "For",
              "From",
              "But",
              "And",
              "Or",
              "As",
              "It",
              "This",
              "That",
              "These",
              "Those",
              "His",
              "Her",
              "Their",
              "Its",
              "Our",
              "We",
              "They",
              "He",
              "She",
              "I",
              "If",
              "When",
              "While",
              "After",
              "Before",
              "Since",
              "Moreover",
              "However",
              "Meanwhile",
              "Still",
              "Yet",
              "Perhaps",
              "Thanks",
              "With",
              "Without",
              "Elevating",
              "Monday",
              "Tuesday",
              "Wednesday",
              "Thursday",
              "Friday",
              "Saturday",
              "Sunday",
              "Mr",
              "Mrs",
              "Ms",
              "Dr",
              "According",
              "Speaking",
              "Asked",
              "There",
              "Here",
              "What",
              "Why",
              "How",
              "Who",
              "Where",
              "Some",
              "Many",
              "Most",
              "All",
              "Both",
              "Such",
              "Under",
              "Over",
              "By",
              "To",
              "Of",
              "About",
              "Among",
              "Despite",
              "During",
              "Although",
              "Because",
              "Once",
              "Then",
              "So",
              "Not",
              "No",
              "Yes",
              "One",
              "Two",
              "Three",
              "Last",
              "Next",
              "New",
              "Earlier",
              "Later",
              "Today",
              "Tomorrow",
              "Yesterday"));

  private static Set<String> withMonths(Set<String> words) {
    Set<String> all = new java.util.HashSet<>(words);
    all.addAll(Months.NAMES);
    return Set.copyOf(all);
  }

  /** Capitalised words that belong to titles and names of things, not to people's names. */
  private static final Set<String> TITLE_WORDS =
      Set.of(
          "Speaker",
          "Minister",
          "President",
          "Prime",
          "Foreign",
          "Finance",
          "Global",
          "Media",
          "Forum",
          "Republic",
          "Western",
          "Eastern",
          "Northern",
          "Southern",
          "North",
          "South",
          "East",
          "West",
          "Central");

  /** The one-word titles of every language ("Prezident", "MP"): a title alone is no name. */
  private static final Set<String> ONE_WORD_TITLES =
      Set.copyOf(WORDS.all("titles").stream().filter(t -> !t.contains(" ")).toList());

  private static boolean notAName(String word) {
    return SENTENCE_WORDS.contains(word)
        || OPENERS.contains(word.toLowerCase(Locale.ROOT))
        || TITLE_WORDS.contains(word)
        || ONE_WORD_TITLES.contains(word);
  }

  /** The people named with a title ("President Ilham Aliyev"): what a quotation's words name. */
  static List<Mention> titled(String text, Gazetteer places) {
    List<Mention> found = new ArrayList<>();
    addTitled(text, places, found);
    return found;
  }

  static List<Mention> find(String text, Gazetteer places) {
    List<Mention> found = new ArrayList<>();
    addTitled(text, places, found);
    findOthers(text, places, found);
    return withoutOverlaps(found);
  }

  private static void addTitled(String text, Gazetteer places, List<Mention> found) {
    Matcher m = TITLED.matcher(text);
    while (m.find()) {
      String name = withoutPlace(cutName(m.group(3)), places);
      int nameAt = m.start(3);
      String leadingPlace = "";
      while (name.indexOf(' ') > 0
          && name.indexOf(' ') != name.lastIndexOf(' ')
          && !places.find(name.substring(0, name.indexOf(' '))).isEmpty()) {
        leadingPlace =
            name.substring(0, name.indexOf(' ')); // "Президент Азербайджана Ильхам Алиев"
        nameAt += leadingPlace.length() + 1;
        name = name.substring(leadingPlace.length() + 1);
      }
      List<Gazetteer.Found> named = places.find(name);
      if (!named.isEmpty() && named.get(0).form().length() == name.length()) {
        continue; // "глава МИД": a title and a body, no person's name
      }
      if (!name.isEmpty()) {
        int end = nameAt + name.length();
        // Up to two capitalised words before the title: a nationality ("Kazakh") is a qualifier,
        // the rest belongs to the title ("Emergency Situations Minister"), a sentence word to
        // neither.
        int start = m.start(2);
        int formStart = m.start(2);
        String qualifier = places.state(leadingPlace) == null ? "" : leadingPlace;
        String prefix = "";
        if (m.group(1) != null) {
          int at = m.start(1);
          for (String word : m.group(1).split("\\s+")) {
            int wordAt = text.indexOf(word, at);
            at = wordAt + word.length();
            if (SENTENCE_WORDS.contains(word)) {
              continue;
            }
            if (prefix.isEmpty() && qualifier.isEmpty() && !qualifier(word, places).isEmpty()) {
              qualifier = word;
              start = Math.min(start, wordAt);
              continue;
            }
            prefix = prefix.isEmpty() ? word : prefix + " " + word;
            start = Math.min(start, wordAt);
            formStart = Math.min(formStart, wordAt);
          }
        }
        String title = prefix.isEmpty() ? m.group(2) : prefix + " " + m.group(2);
        found.add(
            new Mention(
                Mention.Type.NAMED,
                start,
                end,
                text.substring(formStart, end),
                title,
                name,
                qualifier));
      }
    }
  }

  private static void findOthers(String text, Gazetteer places, List<Mention> found) {
    Matcher r = ROLE.matcher(text);
    while (r.find()) {
      if (r.group(1) == null && !WORDS.isBare(r.group(3))) {
        continue; // English and German say a role again with an article: "the minister"
      }
      String rest = text.substring(r.end());
      Matcher apposition = APPOSITION.matcher(rest);
      if (apposition.find() && !containsNonName(apposition.group(1))) {
        String name = cutName(apposition.group(1));
        int nameStart = r.end() + apposition.start(1);
        found.add(
            new Mention(
                Mention.Type.NAMED,
                r.start(),
                nameStart + name.length(),
                name,
                r.group(3),
                name,
                qualifier(r.group(2), places)));
      } else if (!NAME_NEXT.matcher(rest).lookingAt() || SPEECH_NEXT.matcher(rest).lookingAt()) {
        String form = text.substring(r.start(), r.end());
        found.add(
            new Mention(
                Mention.Type.ROLE,
                r.start(),
                r.end(),
                form.substring(0, 1).toLowerCase(Locale.ROOT) + form.substring(1),
                r.group(3),
                "",
                qualifier(r.group(2), places)));
      }
    }
    Matcher body = BODY_ROLE.matcher(text);
    while (body.find()) {
      if (body.group(1) == null && !WORDS.isBare(body.group(3))
          || Character.isUpperCase(body.group(3).codePointAt(0)) && body.group(1) == null) {
        continue;
      }
      String form = text.substring(body.start(), body.end());
      found.add(
          new Mention(
              Mention.Type.BODY,
              body.start(),
              body.end(),
              form.substring(0, 1).toLowerCase(Locale.ROOT) + form.substring(1),
              body.group(3),
              "",
              qualifier(body.group(2), places)));
    }
    Matcher g = GROUP.matcher(text);
    while (g.find()) {
      String name =
          g.group(1).substring(0, 1).toUpperCase(Locale.ROOT)
              + g.group(1).substring(1)
              + " of "
              + g.group(2).replaceAll("\\s+", " ");
      found.add(
          new Mention(
              Mention.Type.GROUP,
              g.start(),
              g.end(),
              text.substring(g.start(), g.end()),
              g.group(1),
              name,
              ""));
    }
    Matcher b = BARE.matcher(text);
    while (b.find()) {
      // A state's name is no part of a person's, before or after it ("России Сергей Лавров",
      // "Ceyhun Bayramov Bakıda").
      List<String> words = new ArrayList<>(List.of(b.group(1).split("\\s+")));
      int start = b.start(1);
      while (words.size() > 2 && !places.find(words.get(0)).isEmpty()) {
        start = text.indexOf(words.remove(0), start) + 0;
        start = text.indexOf(words.get(0), start);
      }
      while (words.size() > 2 && !places.find(words.get(words.size() - 1)).isEmpty()) {
        words.remove(words.size() - 1);
      }
      // "Auch Birk sagte": a word that opens the sentence is no first name; "Der Verkehrsexperte
      // Jonas Birk": German capitalises the article and the role too.
      while (words.size() > 1
          && (OPENERS.contains(words.get(0).toLowerCase(Locale.ROOT))
                  && brief.core.Facts.startsSentence(text, start)
              || words.size() > 2 && ROLE_WORD.matcher(words.get(0)).matches())) {
        start = text.indexOf(words.get(1), start + words.remove(0).length());
      }
      while (words.size() > 3) {
        start = text.indexOf(words.get(1), start + words.remove(0).length());
      }
      String name = cutName(String.join(" ", words));
      int end = start + name.length();
      Matcher role = ROLE_BEFORE.matcher(text.substring(Math.max(0, start - 60), start));
      boolean titled = role.find();
      if (name.contains(" ")
          && !containsNonName(name)
          && (titled || isPersonByContext(text, start, end))
          && places.find(name).isEmpty()) {
        String title = titled ? role.group(1).strip() : "";
        found.add(new Mention(Mention.Type.NAMED, start, end, name, title, name, ""));
      }
    }
    Matcher s = SINGLE.matcher(text);
    while (s.find()) {
      String word = s.group(1).replaceAll("[’']s$", "");
      boolean opener = // "Dazu sagte er": a sentence's opening word that is no name
          OPENERS.contains(word.toLowerCase(Locale.ROOT))
              && brief.core.Facts.startsSentence(text, s.start(1));
      if (!notAName(word) && !opener && !PRONOUN.matcher(word).matches()) {
        int end = s.start(1) + word.length();
        // "Bayramov told reporters": a lone name that speaks is a person, even before the full name
        // comes.
        boolean speaks =
            isPersonByContext(text, s.start(1), end)
                && places.find(word).isEmpty()
                && !(word.endsWith("s") && Sentences.lastStart(text, 0, s.start(1)) == s.start(1));
        found.add(
            new Mention(
                speaks ? Mention.Type.NAMED : Mention.Type.SURNAME,
                s.start(1),
                end,
                word,
                "",
                word,
                ""));
      }
    }
    Matcher p = PRONOUN.matcher(text);
    while (p.find()) {
      found.add(new Mention(Mention.Type.PRONOUN, p.start(1), p.end(1), p.group(1), "", "", ""));
    }
  }

  /** A name without a place after it ("Ceyhun Bayramov Bakıda": in Baku). */
  private static String withoutPlace(String name, Gazetteer places) {
    int space = name.lastIndexOf(' ');
    return space > 0
            && name.indexOf(' ') < space
            && !places.find(name.substring(space + 1)).isEmpty()
        ? name.substring(0, space)
        : name;
  }

  private static String qualifier(String words, Gazetteer places) {
    String word = words == null ? null : words.split("\\s+")[0];
    return word != null && places.state(word) != null ? word : "";
  }

  /** A name ends before a word that is no name ("Aliyev Thursday"), and loses a possessive. */
  private static String cutName(String name) {
    String[] words = name.split("\\s+");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      String bare = w.replaceAll("[’']s$", "");
      boolean particle =
          PARTICLE.matcher(bare).matches()
              || NAME_ARTICLE.matcher(bare).matches()
                  && PARTICLE.matcher(words[i - 1 < 0 ? 0 : i - 1]).matches();
      if (i > 0 && i + 1 < words.length && particle) {
        b.append(' ').append(bare); // von der Leyen
        continue;
      }
      if (notAName(bare)) {
        break;
      }
      b.append(b.length() == 0 ? "" : " ").append(bare);
      if (!bare.equals(w)) {
        break;
      }
    }
    return b.toString();
  }

  private static boolean containsNonName(String name) {
    for (String w : name.split("\\s+")) {
      if (notAName(w.replaceAll("[’']s$", ""))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the words around a capitalised name treat it as a person: a speech verb or a role after
   * it, {@code according to} or a speech verb or an occupation before it ({@code chief engineer
   * Nargiz Abbasova}), or it opens a sentence as the subject of a verb in the past or perfect
   * ({@code Ramil Qasimov has driven}).
   */
  private static boolean isPersonByContext(String text, int start, int end) {
    String before = text.substring(Math.max(0, start - 30), start);
    return SPEECH_AFTER.matcher(text).region(end, text.length()).find()
        || CUE_BEFORE.matcher(before).find()
        || OCCUPATION_BEFORE.matcher(before).find()
        || Sentences.lastStart(text, 0, start) == start
            && SUBJECT_OF.matcher(text).region(end, text.length()).lookingAt();
  }

  /**
   * Longer mentions win where two overlap; a title with a name beats a role or a surname inside it.
   */
  private static List<Mention> withoutOverlaps(List<Mention> found) {
    found.sort(
        Comparator.comparingInt((Mention x) -> x.type().ordinal())
            .thenComparingInt(x -> -(x.end() - x.start())));
    List<Mention> kept = new ArrayList<>();
    for (Mention candidate : found) {
      if (kept.stream().noneMatch(candidate::overlaps)) {
        kept.add(candidate);
      }
    }
    kept.sort(Comparator.comparingInt(Mention::start));
    return kept;
  }
}
