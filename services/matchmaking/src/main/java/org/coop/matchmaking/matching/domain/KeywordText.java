package org.coop.matchmaking.matching.domain;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A need's free text made searchable for keywords. Latin, Cyrillic and Vietnamese text is split
 * into words; scripts written without spaces between words (Han, Kana, Thai, Lao, Myanmar, Khmer)
 * are searched as substrings. Answers are remembered per keyword, because many subscriptions
 * share keywords and one need is checked against thousands of them.
 */
public final class KeywordText {

    private final String spaced;
    private final Set<String> words = new HashSet<>();
    private final Map<String, Boolean> answers = new HashMap<>();

    public KeywordText(String text) {
        String normalized = normalize(text);
        this.spaced = " " + normalized + " ";
        for (String word : normalized.split(" ")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
    }

    /** Lower case, compatibility-normalized, every run of non-letters and non-digits one space. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = true;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
                out.appendCodePoint(cp);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end);
    }

    /** Whether a normalized keyword occurs in the text. */
    public boolean contains(String keyword) {
        Boolean known = answers.get(keyword);
        if (known == null) {
            known = find(keyword);
            answers.put(keyword, known);
        }
        return known;
    }

    private boolean find(String keyword) {
        if (keyword.isEmpty()) {
            return false;
        }
        if (writtenWithoutSpaces(keyword)) {
            return spaced.contains(keyword);
        }
        if (keyword.indexOf(' ') >= 0) {
            return spaced.contains(" " + keyword + " ");
        }
        return words.contains(keyword);
    }

    static boolean writtenWithoutSpaces(String keyword) {
        for (int i = 0; i < keyword.length(); ) {
            int cp = keyword.codePointAt(i);
            i += Character.charCount(cp);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            switch (script) {
                case HAN, HIRAGANA, KATAKANA, THAI, LAO, MYANMAR, KHMER:
                    return true;
                default:
                    break;
            }
        }
        return false;
    }
}
