package dev.gavel.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads DokuWiki markup as DokuWiki's own lexer does, for the modes an export must not let text
 * turn into: the patterns are those of DokuWiki's parser modes ({@code
 * inc/Parsing/ParserMode/*.php} in the dokuwiki/dokuwiki repository), matched like its
 * ParallelRegex (flags {@code msS}: the earliest match wins, {@code .} crosses lines). Inside
 * {@code %%…%%} and {@code <nowiki>… </nowiki>} only the exit is looked for, as in DokuWiki's
 * unformatted mode; link and media matches are whole ("special") tokens; formatting entries and
 * exits are counted as markers.
 */
public final class DokuWikiLexer {

  public enum Kind {
    TEXT,
    UNFORMATTED,
    INTERNAL_LINK,
    MEDIA,
    MACRO,
    HEADER,
    EXTERNAL_LINK,
    EMAIL_LINK,
    FORMATTING,
    FOOTNOTE,
    EMBEDDED_CODE,
    SUBSTITUTION,
    LINEBREAK
  }

  public record Token(Kind kind, String text) {}

  /** A mode: its entry (or whole match, for a special one) and, for a nesting one, its exit. */
  private record Mode(Kind kind, String name, Pattern pattern, Pattern exit) {}

  private static final int FLAGS = Pattern.MULTILINE | Pattern.DOTALL;

  /** In the order DokuWiki sorts its modes; at one position the first that matches wins. */
  private static final List<Mode> MODES =
      List.of(
          special(Kind.MACRO, "~~NOCACHE~~|~~NOTOC~~"),
          special(Kind.HEADER, "[ \\t]*={2,}[^\\n]+={2,}[ \\t]*(?=\\n)"),
          nesting(Kind.FORMATTING, "strong", "\\*\\*(?=.*\\*\\*)", "\\*\\*"),
          nesting(Kind.FORMATTING, "emphasis", "//(?=[^\\x00]*[^:])", "//"),
          nesting(Kind.FORMATTING, "underline", "__(?=.*__)", "__"),
          nesting(Kind.FORMATTING, "monospace", "''(?=.*'')", "''"),
          nesting(Kind.FORMATTING, "subscript", "<sub>(?=.*</sub>)", "</sub>"),
          nesting(Kind.FORMATTING, "superscript", "<sup>(?=.*</sup>)", "</sup>"),
          nesting(Kind.FORMATTING, "deleted", "<del>(?=.*</del>)", "</del>"),
          nesting(Kind.FOOTNOTE, "footnote", "\\(\\(", "\\)\\)"),
          nesting(Kind.UNFORMATTED, "nowiki", "<nowiki>(?=.*</nowiki>)", "</nowiki>"),
          nesting(Kind.UNFORMATTED, "unformattedalt", "%%(?=.*%%)", "%%"),
          special(Kind.EMBEDDED_CODE, "<(?:html|HTML|php|PHP|code|file)\\b"),
          special(Kind.INTERNAL_LINK, "\\[\\[.*?\\]\\](?!\\])"),
          special(Kind.MEDIA, "\\{\\{(?:[^\\}]|(?:\\}[^\\}]))+\\}\\}"),
          special(
              Kind.EXTERNAL_LINK,
              "\\b(?i:https?|ftp|file|mailto|irc|news|gopher)://[\\w/#~:.?+=&%@!\\-\\[\\]]+?"
                  + "(?=[.:?\\-;,]*[^\\w/#~:.?+=&%@!\\-\\[\\]]|$)"
                  + "|(?<![/\\\\])\\b(?i:www?|ftp)\\.[\\w.:?\\-;,]+?\\.[\\w.:?\\-;,]+?"
                  + "[\\w/#~:.?+=&%@!\\-.:?\\-;,]+?(?=[.:?\\-;,]*[^\\w/#~:.?+=&%@!\\-.:?\\-;,]|$)"),
          special(
              Kind.EMAIL_LINK,
              "<[\\w!#$%&'*+/=?^_`{|}~\\-]+(?:\\.[\\w!#$%&'*+/=?^_`{|}~\\-]+)*@[\\w.\\-]+>"),
          special(Kind.LINEBREAK, "\\\\\\\\(?=[ \\t]|\\n|$)"),
          // smileys, entities, "640x480" and CamelCase links, from DokuWiki's default conf files
          special(
              Kind.SUBSTITUTION,
              "(?<=\\W|^)(?:LOL|FIXME|DELETEME|:-\\)|:-\\(|8-\\)|;-\\)|:\\?:|:!:|\\^_\\^)(?=\\W|$)"
                  + "|\\((?:c|tm|r)\\)|<->|->|<-|<=>|=>|<=|>>|<<|---|--|\\.\\.\\."
                  + "|\\b(?:[1-9]|\\d{2,})[xX]\\d+\\b|\\b[A-Z]+[a-z]+[A-Z][A-Za-z]*\\b"));

  private DokuWikiLexer() {}

  private static Mode special(Kind kind, String regex) {
    return new Mode(kind, kind.name(), Pattern.compile(regex, FLAGS), null);
  }

  private static Mode nesting(Kind kind, String name, String entry, String exit) {
    return new Mode(kind, name, Pattern.compile(entry, FLAGS), Pattern.compile(exit, FLAGS));
  }

  /**
   * The tokens DokuWiki would make of the markup. Inside unformatted text only its exit is looked
   * for; inside a formatting mode its exit and every other mode are, but not itself again.
   */
  public static List<Token> read(String markup) {
    List<Token> tokens = new ArrayList<>();
    Deque<Mode> open = new ArrayDeque<>();
    int at = 0;
    while (at < markup.length()) {
      Matcher earliest = null;
      Mode found = null;
      boolean exit = false;
      if (!open.isEmpty()) {
        Matcher matcher = open.peek().exit().matcher(markup);
        if (matcher.find(at)) {
          earliest = matcher;
          found = open.peek();
          exit = true;
        }
      }
      boolean unformatted = !open.isEmpty() && open.peek().kind() == Kind.UNFORMATTED;
      for (Mode mode : unformatted ? List.<Mode>of() : MODES) {
        if (open.contains(mode)) {
          continue;
        }
        Matcher matcher = mode.pattern().matcher(markup);
        if (matcher.find(at) && (earliest == null || matcher.start() < earliest.start())) {
          earliest = matcher;
          found = mode;
          exit = false;
        }
      }
      if (earliest == null) {
        tokens.add(new Token(unformatted ? Kind.UNFORMATTED : Kind.TEXT, markup.substring(at)));
        break;
      }
      if (earliest.start() > at) {
        tokens.add(
            new Token(
                unformatted ? Kind.UNFORMATTED : Kind.TEXT,
                markup.substring(at, earliest.start())));
      }
      if (exit) {
        open.pop();
      } else if (found.exit() != null) {
        open.push(found);
      }
      if (found.kind() != Kind.UNFORMATTED) {
        tokens.add(new Token(found.kind(), earliest.group()));
      }
      at = earliest.end();
    }
    return tokens;
  }

  /** Every token that is markup, not text: what DokuWiki would turn into something. */
  public static List<Token> markup(String markup) {
    return read(markup).stream()
        .filter(token -> token.kind() != Kind.TEXT && token.kind() != Kind.UNFORMATTED)
        .toList();
  }

  /** What a reader sees as text, markup left out. */
  public static String text(String markup) {
    StringBuilder out = new StringBuilder();
    for (Token token : read(markup)) {
      if (token.kind() == Kind.TEXT || token.kind() == Kind.UNFORMATTED) {
        out.append(token.text());
      }
    }
    return out.toString();
  }
}
