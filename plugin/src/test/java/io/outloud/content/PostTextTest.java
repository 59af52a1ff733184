package io.outloud.content;

import io.outloud.common.Failure;
import io.outloud.common.OutloudException;
import io.outloud.content.PostText.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostTextTest {

    private static Segment link(String url) {
        return new Segment("link", url, url);
    }

    private static Segment mention(String username) {
        return new Segment("mention", "@" + username, username);
    }

    @Test
    void plainText_isOneTextSegment() {
        assertEquals(List.of(Segment.text("Just a plain reply.")), PostText.segments("Just a plain reply."));
        assertEquals(List.of(), PostText.segments(""));
    }

    @Test
    void httpAndHttpsUrls_areLinks_amidText() {
        assertEquals(List.of(Segment.text("See "), link("https://example.com/a?b=c#d"), Segment.text(" and "),
                link("http://intranet.example/x")), PostText.segments("See https://example.com/a?b=c#d and http://intranet.example/x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {".", ",", ";", ":", "!", "?", ")", "]", ").", "!?"})
    void trailingPunctuation_isNotPartOfTheLink(String punctuation) {
        assertEquals(List.of(Segment.text("Read "), link("https://example.com/page"), Segment.text(punctuation)),
                PostText.segments("Read https://example.com/page" + punctuation));
    }

    @Test
    void linkInParentheses_excludesTheClosingParenthesis() {
        assertEquals(List.of(Segment.text("(see "), link("https://example.com/a"), Segment.text(")")),
                PostText.segments("(see https://example.com/a)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(document.cookie)", "javascript://example.com/%0Aalert(1)",
            "data:text/html,<script>alert(1)</script>", "ftp://example.com/file", "vbscript:msgbox(1)", "mailto:a@example.com"})
    void otherSchemes_areNeverLinks(String text) {
        assertTrue(PostText.segments(text).stream().noneMatch(s -> s.type().equals("link")), text);
    }

    @Test
    void aLinkNeverStartsWithAnythingButHttp() {
        for (Segment segment : PostText.segments("x javascript:http://evil.example/ y <a href=\"https://e.example\">z</a>")) {
            if (segment.type().equals("link")) {
                assertTrue(segment.target().startsWith("http://") || segment.target().startsWith("https://"), segment.target());
                assertTrue(segment.target().chars().noneMatch(c -> c == '"' || c == '<' || c == '>'), segment.target());
            }
        }
    }

    @Test
    void mentions_areUsernamesAfterAnAt() {
        assertEquals(List.of(Segment.text("Thanks "), mention("alice"), Segment.text(" and "), mention("bruno.d")),
                PostText.segments("Thanks @alice and @bruno.d"));
        assertEquals(List.of("alice", "bruno"), PostText.mentions("@alice @bruno @alice"));
    }

    @Test
    void mentionAtTheEndOfASentence_leavesThePunctuationOut() {
        assertEquals(List.of(Segment.text("Ask "), mention("alice"), Segment.text(".")), PostText.segments("Ask @alice."));
        assertEquals(List.of(mention("alice"), Segment.text(", can you help?")), PostText.segments("@alice, can you help?"));
        assertEquals(List.of("alice"), PostText.mentions("Ask @alice."));
    }

    @Test
    void emailAddresses_areNotMentions() {
        assertEquals(List.of(Segment.text("mail bob@example.com")), PostText.segments("mail bob@example.com"));
        assertEquals(List.of(), PostText.mentions("a@@b"));
    }

    @Test
    void markup_staysText() {
        String hostile = "<img src=x onerror=window.__xss=1><script>alert(1)</script>&lt;b&gt;";
        assertEquals(List.of(Segment.text(hostile)), PostText.segments(hostile));
    }

    @Test
    void segments_concatenateBackToTheText() {
        String text = "Hi @alice 🎉, see https://example.com/ü?q=1. <b>ok</b> — @bruno!";
        StringBuilder joined = new StringBuilder();
        PostText.segments(text).forEach(s -> joined.append(s.text()));
        assertEquals(text, joined.toString());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\n\t ", "\u2003"})
    void validate_blank_isRefused(String text) {
        OutloudException e = assertThrows(OutloudException.class, () -> PostText.validate(text));
        assertEquals(Failure.INVALID_INPUT, e.failure());
        assertEquals("outloud.wol.reply.error.empty", e.messageKey());
    }

    @Test
    void validate_trimsTheText() {
        assertEquals("hello", PostText.validate("  hello \n"));
    }

    @Test
    void validate_acceptsExactly2000CodePoints_andRefuses2001() {
        assertEquals(2000, PostText.validate("x".repeat(2000)).length());
        OutloudException e = assertThrows(OutloudException.class, () -> PostText.validate("x".repeat(2001)));
        assertEquals(Failure.INVALID_INPUT, e.failure());
        assertEquals("outloud.wol.reply.error.too-long", e.messageKey());
        assertEquals(2000, ((Number) e.arguments()[0]).intValue());
    }

    @Test
    void validate_countsAnEmojiAsOneCharacter() {
        String emoji = "😀".repeat(2000); // 4000 UTF-16 units
        assertEquals(4000, emoji.length());
        assertEquals(emoji, PostText.validate(emoji));
        OutloudException e = assertThrows(OutloudException.class, () -> PostText.validate(emoji + "😀"));
        assertEquals("outloud.wol.reply.error.too-long", e.messageKey());
    }

    @Test
    void validate_surroundingWhitespaceDoesNotCountTowardsTheLimit() {
        assertEquals(2000, PostText.validate("  " + "x".repeat(2000) + "\n").length());
    }
}
