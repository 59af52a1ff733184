package io.outloud.wol.macro;

import io.outloud.wol.Block;

/** The AUI lozenge of a status as readers see it (see {@link Block#shownStatusCode()}), for the card and the stream alike. */
final class StatusLozenge {
    private StatusLozenge() {
    }

    static String of(String shownStatusCode) {
        return switch (shownStatusCode) {
            case "exploring" -> "aui-lozenge-complete";
            case "stuck" -> "aui-lozenge-error";
            case "done" -> "aui-lozenge-success";
            case Block.GETTING_HELP -> "aui-lozenge-moved";
            default -> "aui-lozenge-current";
        };
    }
}
