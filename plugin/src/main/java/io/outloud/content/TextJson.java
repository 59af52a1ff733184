package io.outloud.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What people wrote, as REST responses carry it: segments (text, link, mention) that scripts build as text nodes. */
public final class TextJson {
    private TextJson() {
    }

    public static List<Object> segments(String text) {
        List<Object> segments = new ArrayList<>();
        for (PostText.Segment segment : PostText.segments(text)) {
            Map<String, Object> part = new LinkedHashMap<>();
            part.put("type", segment.type());
            part.put("text", segment.text());
            if (segment.target() != null) {
                part.put("target", segment.target());
            }
            segments.add(part);
        }
        return segments;
    }
}
