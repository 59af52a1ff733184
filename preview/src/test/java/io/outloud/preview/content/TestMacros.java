package io.outloud.preview.content;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test macros and a resolver over them. */
final class TestMacros {

    private TestMacros() {
    }

    /** One recorded call of a macro. */
    record Call(Map<String, String> parameters, String body, ConversionContext context) {
    }

    /** Records every call and returns a fixed output, optionally after a function of the body. */
    static final class RecordingMacro implements Macro {
        final List<Call> calls = new ArrayList<>();
        private final BodyType bodyType;
        private final java.util.function.Function<String, String> output;

        RecordingMacro(BodyType bodyType, java.util.function.Function<String, String> output) {
            this.bodyType = bodyType;
            this.output = output;
        }

        @Override
        public String execute(Map<String, String> parameters, String body, ConversionContext context) {
            calls.add(new Call(Map.copyOf(parameters), body, context));
            return output.apply(body);
        }

        @Override
        public BodyType getBodyType() {
            return bodyType;
        }

        @Override
        public OutputType getOutputType() {
            return OutputType.BLOCK;
        }
    }

    /** Like a panel macro: wraps its (already converted) rich body. */
    static RecordingMacro panel() {
        return new RecordingMacro(Macro.BodyType.RICH_TEXT, body -> "<div class=\"panel\">" + body + "</div>");
    }

    /** A macro that fails with the given exception, whose message repeats the "title" parameter. */
    static Macro failing(boolean checked) {
        return new Macro() {
            @Override
            public String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException {
                String message = "bad title " + parameters.get("title");
                if (checked) {
                    throw new MacroExecutionException(message);
                }
                throw new IllegalStateException(message);
            }

            @Override
            public BodyType getBodyType() {
                return BodyType.NONE;
            }

            @Override
            public OutputType getOutputType() {
                return OutputType.INLINE;
            }
        };
    }

    static MacroResolver resolver(Map<String, Macro> macros) {
        Map<String, Macro> copy = new HashMap<>(macros);
        return name -> Optional.ofNullable(copy.get(name));
    }
}
