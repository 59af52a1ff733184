package io.outloud.aojdbc;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The rewriting itself; that the results run on both databases is shown by QueryTest. */
class ClauseQuoterTest {
    @Test
    void quotesColumnsBeforeOperators() {
        assertEquals("\"PAGE_ID\" = ? AND \"STATUS\" IN (?, ?)", ClauseQuoter.where("PAGE_ID = ? AND STATUS IN (?, ?)"));
        assertEquals("\"A\" != ? OR \"B\" <> ? OR \"C\" <= ? OR \"D\" >= ? OR \"E\" < ? OR \"F\" > ?",
                ClauseQuoter.where("A != ? OR B <> ? OR C <= ? OR D >= ? OR E < ? OR F > ?"));
        assertEquals("\"POSITION\" IS NOT NULL AND \"TITLE\" NOT LIKE ? AND \"VOTES\" BETWEEN ? AND ?",
                ClauseQuoter.where("POSITION IS NOT NULL AND TITLE NOT LIKE ? AND VOTES BETWEEN ? AND ?"));
        assertEquals("(\"A\" = ? OR NOT \"B\" = ?)", ClauseQuoter.where("(A = ? OR NOT B = ?)"));
        assertEquals("\"STATUS\" IN(?)", ClauseQuoter.where("STATUS IN(?)"));
        assertEquals("\"title\" like ?", ClauseQuoter.where("title like ?"));
    }

    @Test
    void leavesLiteralsAndQuotedNamesAlone() {
        assertEquals("\"TITLE\" = 'PAGE_ID = x' AND \"ID\" = 3", ClauseQuoter.where("TITLE = 'PAGE_ID = x' AND \"ID\" = 3"));
        assertEquals("\"TITLE\" = 'it''s = ok'", ClauseQuoter.where("TITLE = 'it''s = ok'"));
    }

    @Test
    void likeAoLeavesColumnsThatAreNotFollowedByASpacedOperator() {
        // AO's WHERE_CLAUSE pattern needs a blank or "(" after the operator and a word right before it.
        assertEquals("PAGE_ID=?", ClauseQuoter.where("PAGE_ID=?"));
        assertEquals("LOWER(TITLE) = ?", ClauseQuoter.where("LOWER(TITLE) = ?"));
    }

    @Test
    void orderQuotesEveryColumnButNotTheDirection() {
        assertEquals("\"CREATED_AT\" DESC, \"ID\" DESC", ClauseQuoter.order("CREATED_AT DESC, ID DESC"));
        assertEquals("\"POSITION\" asc, \"ID\"", ClauseQuoter.order("POSITION asc, ID"));
    }
}
