package io.outloud.content;

import io.outloud.common.text.WrittenText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reply's plain text cut into segments for display: text, links (http and https only, auto-detected) and
 * @mentions of usernames. The client builds DOM nodes from the segments, so nothing in a reply is ever markup.
 */
public final class PostText {
    public static final int MAX_LENGTH = 2000;
    private static final Pattern TOKEN = Pattern.compile("(https?://[^\\s<>\"']+[^\\s<>\"'.,;:!?)\\]])|(?<![\\w@])@([A-Za-z0-9._-]{0,63}[A-Za-z0-9_])");

    public record Segment(String type, String text, String target) {
        public static Segment text(String text) {
            return new Segment("text", text, null);
        }
    }

    private PostText() {
    }

    /** The text through {@link WrittenText}: refused when blank or longer than {@link #MAX_LENGTH} characters. */
    public static String validate(String text) {
        return WrittenText.required(text, WrittenText.Shape.LINES, MAX_LENGTH, "outloud.wol.reply.error.empty", "outloud.wol.reply.error.too-long");
    }

    public static List<Segment> segments(String text) {
        List<Segment> segments = new ArrayList<>();
        Matcher tokens = TOKEN.matcher(text);
        int at = 0;
        while (tokens.find()) {
            if (tokens.start() > at) {
                segments.add(Segment.text(text.substring(at, tokens.start())));
            }
            if (tokens.group(1) != null) {
                segments.add(new Segment("link", tokens.group(1), tokens.group(1)));
            } else {
                segments.add(new Segment("mention", tokens.group(), tokens.group(2)));
            }
            at = tokens.end();
        }
        if (at < text.length()) {
            segments.add(Segment.text(text.substring(at)));
        }
        return segments;
    }

    /** The usernames mentioned, in order, each once. */
    public static List<String> mentions(String text) {
        return segments(text).stream().filter(s -> s.type().equals("mention")).map(Segment::target).distinct().toList();
    }
}
