package io.outloud.wol;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to work out loud: one colleague (the asker) asks another (the askee, the author of the block it was asked
 * from) to share what they know about a topic. The askee answers by writing a block that names the request, or
 * declines without a reason. Asked from a block: {@code pageId}/{@code macroId} say where.
 */
public record ShareRequest(long id, String askerKey, String askeeKey, String topic, long pageId, String macroId, State state,
                           Instant createdAt, long answerPageId, String answerMacroId) {

    public enum State {
        OPEN("open"), ANSWERED("answered"), DECLINED("declined");

        private final String code;

        State(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Optional<State> fromCode(String code) {
            return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
        }
    }

    public ShareRequest {
        Objects.requireNonNull(askerKey, "askerKey");
        Objects.requireNonNull(askeeKey, "askeeKey");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        macroId = macroId == null ? "" : macroId;
        answerMacroId = answerMacroId == null ? "" : answerMacroId;
    }

    /** What Confluence's "Insert markup" dialog turns into a block answering request {@code id}. */
    public static String answerMarkup(long id) {
        return "{working-out-loud:answers=" + id + "}{working-out-loud}";
    }

    public boolean isOpen() {
        return state == State.OPEN;
    }

    /** The block that answers it, if it is answered on a page that still exists. */
    public boolean hasAnswerBlock() {
        return state == State.ANSWERED && answerPageId > 0 && !answerMacroId.isEmpty();
    }
}
