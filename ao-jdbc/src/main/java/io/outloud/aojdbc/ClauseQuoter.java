package io.outloud.aojdbc;

import java.util.Locale;
import java.util.Set;

/**
 * Quotes column names in where and order clauses the way AO's {@code DatabaseProvider} does, so that plugin code
 * that works here works on a real Confluence database, and code that breaks there breaks here too.
 *
 * <p>Where clause (AO's {@code SqlUtils.WHERE_CLAUSE}): a bare word is quoted only when it is directly followed, after
 * optional blanks, by a comparison operator ({@code = != <> < > <= >=}) or {@code LIKE BETWEEN IS NOT IN} (upper or
 * lower case) which is itself followed by a blank or {@code (}. So {@code PAGE_ID = ?} and {@code STATUS IN (?, ?)}
 * are quoted, while {@code PAGE_ID=?} or {@code LOWER(TITLE) = ?} are left alone, and then fail on PostgreSQL as they
 * do under real AO. Unlike AO's regular expression this never quotes SQL keywords, numbers or text inside string
 * literals.
 *
 * <p>Order clause (AO's {@code ORDER_CLAUSE_PATTERN}): every bare word is quoted, except {@code ASC}/{@code DESC}.
 */
final class ClauseQuoter {
    private static final Set<String> KEYWORDS = Set.of("AND", "OR", "NOT", "IS", "IN", "LIKE", "BETWEEN", "NULL",
            "TRUE", "FALSE", "ESCAPE", "EXISTS", "ANY", "ALL", "SOME", "CASE", "WHEN", "THEN", "ELSE", "END",
            "SELECT", "FROM", "WHERE", "ASC", "DESC");
    private static final String[] SYMBOL_OPERATORS = {"!=", "<>", "<=", ">=", "=", "<", ">"};
    private static final String[] WORD_OPERATORS = {"LIKE", "BETWEEN", "IS", "NOT", "IN"};

    private ClauseQuoter() {
    }

    static String where(String clause) {
        return rewrite(clause, true);
    }

    static String order(String clause) {
        return rewrite(clause, false);
    }

    private static String rewrite(String clause, boolean where) {
        StringBuilder out = new StringBuilder(clause.length() + 16);
        int i = 0;
        while (i < clause.length()) {
            char c = clause.charAt(i);
            if (c == '\'' || c == '"') {
                int end = endOfQuoted(clause, i, c);
                out.append(clause, i, end);
                i = end;
            } else if (isWordStart(c)) {
                int end = i;
                while (end < clause.length() && isWordPart(clause.charAt(end))) {
                    end++;
                }
                String word = clause.substring(i, end);
                boolean quote = where ? isComparedColumn(word, clause, end) : isOrderColumn(word);
                out.append(quote ? Dialect.quote(word) : word);
                i = end;
            } else if (Character.isDigit(c)) {
                int end = i;
                while (end < clause.length() && (isWordPart(clause.charAt(end)) || clause.charAt(end) == '.')) {
                    end++;
                }
                out.append(clause, i, end);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isComparedColumn(String word, String clause, int end) {
        if (isKeyword(word)) {
            return false;
        }
        int next = skipBlanks(clause, end);
        for (String operator : SYMBOL_OPERATORS) {
            if (clause.startsWith(operator, next)) {
                return isBlankOrParen(clause, next + operator.length());
            }
        }
        for (String operator : WORD_OPERATORS) {
            if (next > end && startsWithWord(clause, next, operator)) {
                return isBlankOrParen(clause, next + operator.length());
            }
        }
        return false;
    }

    private static boolean isOrderColumn(String word) {
        String upper = word.toUpperCase(Locale.ROOT);
        return !upper.equals("ASC") && !upper.equals("DESC");
    }

    private static boolean isKeyword(String word) {
        return KEYWORDS.contains(word.toUpperCase(Locale.ROOT));
    }

    /** AO matches these operators in all upper or all lower case only. */
    private static boolean startsWithWord(String clause, int at, String upperOperator) {
        return clause.startsWith(upperOperator, at) || clause.startsWith(upperOperator.toLowerCase(Locale.ROOT), at);
    }

    private static boolean isBlankOrParen(String clause, int at) {
        return at < clause.length() && (Character.isWhitespace(clause.charAt(at)) || clause.charAt(at) == '(');
    }

    private static int skipBlanks(String clause, int at) {
        while (at < clause.length() && Character.isWhitespace(clause.charAt(at))) {
            at++;
        }
        return at;
    }

    private static int endOfQuoted(String clause, int start, char quote) {
        int i = start + 1;
        while (i < clause.length()) {
            if (clause.charAt(i) == quote) {
                if (i + 1 < clause.length() && clause.charAt(i + 1) == quote) {
                    i += 2; // doubled quote is an escaped quote
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return clause.length();
    }

    private static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
