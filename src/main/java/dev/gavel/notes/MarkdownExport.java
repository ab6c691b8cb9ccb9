package dev.gavel.notes;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/**
 * Text for the Markdown export that shows as text even in a renderer that passes raw HTML through
 * (many wikis and forges do). A note keeps its Markdown (emphasis, code, lists, links), but its raw
 * HTML becomes escaped text, its images become links, and its links keep only http(s) and mail
 * targets. Titles, names and reasons are plain text: every character that could start Markdown or
 * HTML is escaped with a backslash, as CommonMark allows for any ASCII punctuation.
 */
final class MarkdownExport {

  private static final MarkdownRenderer RENDERER = MarkdownRenderer.builder().build();

  /** Characters that start Markdown or HTML anywhere in a line. */
  private static final Pattern INLINE = Pattern.compile("[\\\\`*_\\[\\]<>&!~|]");

  /** What starts a block at the beginning of a line: a heading, a list, a quote, an underline. */
  private static final Pattern LINE_START = Pattern.compile("^(?:([#+\\-=])|(\\d+)([.)]))");

  private MarkdownExport() {}

  /** A note's Markdown, made safe to publish; one or more lines, with no trailing line break. */
  static String note(String markdown) {
    Node document = NoteMarkdown.parseAsWritten(markdown);
    document.accept(new Defang());
    return RENDERER.render(document).strip();
  }

  /** Plain text as Markdown that shows it as it is, on one line. */
  static String text(String plain) {
    StringBuilder flat = new StringBuilder(plain.length());
    plain
        .strip()
        .replaceAll("\\R", " ")
        .codePoints()
        .map(c -> c == '\t' ? ' ' : c)
        .filter(c -> !Character.isISOControl(c))
        .forEach(flat::appendCodePoint);
    String escaped =
        INLINE.matcher(flat).replaceAll(match -> "\\\\" + Matcher.quoteReplacement(match.group()));
    Matcher start = LINE_START.matcher(escaped);
    if (!start.find()) {
      return escaped;
    }
    String rest = escaped.substring(start.end());
    return start.group(1) != null
        ? "\\" + start.group(1) + rest
        : start.group(2) + "\\" + start.group(3) + rest;
  }

  private static boolean keptTarget(String destination) {
    String lower = destination.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("http://")
        || lower.startsWith("https://")
        || lower.startsWith("mailto:");
  }

  /** Raw HTML becomes text the renderer escapes; a link to anything else becomes its words. */
  private static final class Defang extends AbstractVisitor {

    @Override
    public void visit(HtmlInline html) {
      html.insertBefore(new Text(html.getLiteral()));
      html.unlink();
    }

    @Override
    public void visit(HtmlBlock html) {
      Paragraph paragraph = new Paragraph();
      String[] lines = html.getLiteral().strip().split("\n");
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          paragraph.appendChild(new SoftLineBreak());
        }
        paragraph.appendChild(new Text(lines[i]));
      }
      html.insertBefore(paragraph);
      html.unlink();
    }

    @Override
    public void visit(Link link) {
      visitChildren(link);
      if (keptTarget(link.getDestination())) {
        return;
      }
      NoteMarkdown.unwrap(link);
    }
  }
}
