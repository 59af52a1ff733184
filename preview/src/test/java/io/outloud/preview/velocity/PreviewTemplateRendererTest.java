package io.outloud.preview.velocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.templaterenderer.RenderingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PreviewTemplateRendererTest {
    private final PreviewTemplateRenderer renderer = Templates.strict(MethodAllowlist.empty());

    @Test
    void missingTemplateNamesIt() {
        RenderingException e = assertThrows(RenderingException.class,
                () -> Templates.render(renderer, "velocity/nope.vm", Map.of()));
        assertTrue(e.getMessage().contains("velocity/nope.vm"), e.getMessage());
    }

    @Test
    void syntaxErrorsCarryLineInformation() {
        RenderingException e = assertThrows(RenderingException.class,
                () -> Templates.render(renderer, "velocity/errors/syntax.vm", Map.of()));
        assertTrue(e.getMessage().contains("velocity/errors/syntax.vm"), e.getMessage());
        assertTrue(e.getMessage().matches("(?s).*line \\d+.*"), e.getMessage());
    }

    @Test
    void templatesAreUtf8AndTheCallersContextIsNotModified() {
        Map<String, Object> context = new java.util.HashMap<>(Map.of("text", "Grüße ✓"));
        assertEquals("<b>Grüße ✓</b>\n", Templates.render(renderer, "velocity/escaping/no-opt-in.vm", context));
        assertEquals(Map.of("text", "Grüße ✓"), context);
    }

    @Test
    void writerFailuresSurfaceAsIoException() {
        java.io.Writer broken = new java.io.Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws java.io.IOException {
                throw new java.io.IOException("disk full");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.io.IOException e = assertThrows(java.io.IOException.class,
                () -> renderer.render("velocity/escaping/no-opt-in.vm", Map.of("text", "x"), broken));
        assertEquals("disk full", e.getMessage());
    }

    @Test
    void rendersConcurrentlyFromTheCache() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String text = "<" + i + ">";
                results.add(pool.submit(() -> Templates.render(renderer, "velocity/html/plain-name.vm", Map.of("text", text))));
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals("<b>&lt;" + i + "&gt;</b>\n", results.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
