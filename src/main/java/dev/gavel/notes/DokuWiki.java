package dev.gavel.notes;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Markdown notes as DokuWiki markup, the wiki the seed's session pages live in. Walks the tree the
 * Markdown parser builds, so emphasis, code and links come out in DokuWiki's own syntax, and
 * everything typed comes out as text that DokuWiki's lexer cannot read as markup:
 *
 * <ul>
 *   <li>running text goes inside {@code %%…%%}, DokuWiki's unformatted mode, whose only exit is the
 *       next {@code %%}; a {@code %%} in the text is written inside {@code <nowiki>}, whose only
 *       exit is {@code </nowiki>};
 *   <li>a heading's text is never parsed by DokuWiki, only trimmed of {@code =}: it is written as
 *       it is, on one line;
 *   <li>a link's label is not parsed either, but the link ends at the first {@code ]]} and a label
 *       that is all {@code {{…}}} is an image: both are broken apart;
 *   <li>a link keeps only an http(s) or mail target; anything else leaves its label as text.
 * </ul>
 */
public final class DokuWiki {

  /**
   * Text DokuWiki shows as it is: letters, digits, spaces and commas. Anything else (punctuation
   * starts its formatting, links, entities such as "->" or "(c)", smileys such as ":?:") goes
   * inside {@code %%…%%}, as do words DokuWiki turns into something: smileys, CamelCase links,
   * "640x480".
   */
  private static final Pattern LITERAL = Pattern.compile("[\\p{L}\\p{M}\\p{N} ,]*");

  private static final Pattern SPECIAL_WORDS =
      Pattern.compile("\\b(LOL|FIXME|DELETEME)\\b|\\b[A-Z]+[a-z]+[A-Z][A-Za-z]*\\b|\\d+[xX]\\d+");

  /** A mail address DokuWiki links as one: no query, no spaces, nothing that is markup. */
  private static final Pattern MAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+");

  private DokuWiki() {}

  /** A note as inline DokuWiki: the text of one list item. */
  public static String inline(String markdown) {
    Writer writer = new Writer();
    NoteMarkdown.parseAsWritten(markdown).accept(writer);
    return writer.out.toString().strip().replace("\n", " ");
  }

  /** Text that DokuWiki shows as it is, on one line. */
  public static String plain(String text) {
    String flat = oneLine(text);
    if (LITERAL.matcher(flat).matches() && !SPECIAL_WORDS.matcher(flat).find()) {
      return flat;
    }
    // %% would close the unformatted text early: step out, write it inside <nowiki>, step back in.
    return "%%" + flat.replace("%%", "%%<nowiki>%%</nowiki>%%") + "%%";
  }

  /**
   * A heading line's text. DokuWiki shows a heading's text unparsed, after trimming {@code =} and
   * spaces from both ends, so only those ends and line breaks need care.
   */
  public static String heading(String text) {
    String trimmed = oneLine(text).replaceAll("^[=\\s]+|[=\\s]+$", "");
    return trimmed.isEmpty() ? "-" : trimmed;
  }

  /**
   * A link's label. DokuWiki shows it unparsed, but ends the link at the first {@code ]]}, and
   * takes a label that is all {@code {{…}}} for an image to load: both are broken with a space.
   */
  static String label(String text) {
    String label = oneLine(text);
    while (label.contains("]]") || label.contains("{{")) {
      label = label.replace("]]", "] ]").replace("{{", "{ {");
    }
    return label;
  }

  /**
   * The target of a link as DokuWiki needs it, or null when it is not a link to keep: http(s) with
   * {@code |}, brackets, braces and spaces percent-encoded, or a plain mail address.
   */
  static String target(String destination) {
    String url = destination.strip();
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      return encode(url);
    }
    if (lower.startsWith("mailto:") && MAIL.matcher(url.substring(7)).matches()) {
      // DokuWiki links a bare address as mail; "mailto:" in front would be written twice.
      return url.substring(7);
    }
    return null;
  }

  private static String encode(String url) {
    StringBuilder out = new StringBuilder();
    for (byte b : url.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      boolean safe = c > 0x20 && c < 0x7F && "|[]{}<>\"\\^`".indexOf(c) < 0;
      if (safe) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }

  /** Line breaks and tabs become spaces; other control characters go. */
  private static String oneLine(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.replaceAll("\\R", " ")
        .codePoints()
        .map(c -> c == '\t' ? ' ' : c)
        .filter(c -> !Character.isISOControl(c))
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  private static final class Writer extends AbstractVisitor {
    final StringBuilder out = new StringBuilder();

    @Override
    public void visit(Text text) {
      out.append(plain(text.getLiteral()));
    }

    @Override
    public void visit(Emphasis emphasis) {
      wrap(emphasis, "//");
    }

    @Override
    public void visit(StrongEmphasis strong) {
      wrap(strong, "**");
    }

    @Override
    public void visit(Code code) {
      out.append("''").append(plain(code.getLiteral())).append("''");
    }

    @Override
    public void visit(Link link) {
      Label text = new Label();
      link.accept(text);
      String target = target(link.getDestination());
      if (target == null) {
        out.append(plain(text.out.toString()));
        return;
      }
      out.append("[[").append(target);
      if (!text.out.isEmpty()) {
        out.append('|').append(label(text.out.toString()));
      }
      out.append("]]");
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
      out.append(' ');
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
      out.append("\\\\ ");
    }

    @Override
    public void visit(Paragraph paragraph) {
      separate(paragraph);
      visitChildren(paragraph);
    }

    @Override
    public void visit(Heading heading) {
      separate(heading);
      wrap(heading, "**");
    }

    @Override
    public void visit(BulletList list) {
      items(list);
    }

    @Override
    public void visit(OrderedList list) {
      items(list);
    }

    @Override
    public void visit(BlockQuote quote) {
      separate(quote);
      out.append(plain("> "));
      visitChildren(quote);
    }

    @Override
    public void visit(FencedCodeBlock code) {
      separate(code);
      out.append("''").append(plain(code.getLiteral().strip())).append("''");
    }

    @Override
    public void visit(IndentedCodeBlock code) {
      separate(code);
      out.append("''").append(plain(code.getLiteral().strip())).append("''");
    }

    @Override
    public void visit(HtmlInline html) {
      out.append(plain(html.getLiteral()));
    }

    @Override
    public void visit(HtmlBlock html) {
      separate(html);
      out.append(plain(html.getLiteral().strip()));
    }

    @Override
    public void visit(ThematicBreak thematicBreak) {
      separate(thematicBreak);
      out.append(plain("----"));
    }

    /** A list inside a line of notes stays on the line, its items separated by semicolons. */
    private void items(Node list) {
      separate(list);
      for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
        if (item != list.getFirstChild()) {
          out.append("; ");
        }
        Writer text = new Writer();
        text.visitChildren((ListItem) item);
        out.append(text.out.toString().strip());
      }
    }

    private void separate(Node block) {
      if (block.getPrevious() != null && !out.isEmpty()) {
        out.append(' ');
      }
    }

    private void wrap(Node node, String mark) {
      out.append(mark);
      visitChildren(node);
      out.append(mark);
    }
  }

  /** A link's words as plain text: DokuWiki shows a label as it is, with no formatting inside. */
  private static final class Label extends AbstractVisitor {
    final StringBuilder out = new StringBuilder();

    @Override
    public void visit(Text text) {
      out.append(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
      out.append(code.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
      out.append(' ');
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
      out.append(' ');
    }

    @Override
    public void visit(HtmlInline html) {
      out.append(html.getLiteral());
    }
  }
}
