package dev.rapport.report.html;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * Where the PDF may break a line: where openhtmltopdf's own breaker would, except between a number
 * and the unit written onto it, and inside a range of numbers. Java's line breaker allows a break
 * between a digit and a letter, so "€7.91M" could end one line with "€7.91" and start the next
 * with "M", and after an en dash, so "1,287–1,480" could be parted at the dash.
 */
final class NumberLineBreaker implements FSTextBreaker {

    private final FSTextBreaker delegate =
            new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.ENGLISH));
    private String text = "";

    @Override
    public void setText(String newText) {
        text = newText;
        delegate.setText(newText);
    }

    @Override
    public int next() {
        int position = delegate.next();
        while (position > 0 && position < text.length() && splitsNumber(position)) {
            position = delegate.next();
        }
        return position;
    }

    /**
     * Whether a break at {@code position} would part a number from its unit ({@code 7.91|M},
     * {@code 12|k}) or a range at its dash ({@code 1,287–|1,480}, {@code €7.6M–|€8.22M}).
     */
    private boolean splitsNumber(int position) {
        char before = text.charAt(position - 1);
        char after = text.charAt(position);
        if (Character.isDigit(before) && Character.isLetter(after)) {
            return true;
        }
        boolean numberFollows = Character.isDigit(after) || Character.getType(after) == Character.CURRENCY_SYMBOL;
        return before == '–' && position >= 2 && Character.isLetterOrDigit(text.charAt(position - 2)) && numberFollows;
    }
}
